import Foundation
import ThematicCoding
import ThematicExchange
import ThematicModel
import ThematicStore

extension Project {
    /// Reads an auto-coding rules file (see ``YAMLRulesReader``).
    public static func readRules(from path: String) throws(ThematicError) -> [AutoCodingRule] {
        do {
            return try YAMLRulesReader().read(contentsOf: path)
        } catch {
            throw .exchange(error)
        }
    }

    /// Applies auto-coding rules to the current revision of the sources, recording each coding
    /// with the coder `auto:<rule>`. Running it again adds only what is new.
    /// - Parameters:
    ///   - rules: the rules; their codes must be in the codebook and codable.
    ///   - sources: only these sources (`nil`: all).
    ///   - dryRun: find the hits without storing anything.
    ///   - onHit: in a dry run, receives each hit as it is found, source by source, instead of the
    ///     report collecting them: memory then stays bounded by the largest source, however many
    ///     hits there are (every word of a 100 MB corpus can be a hit). Ignored when storing, so
    ///     nothing is shown of a run that fails and changes nothing.
    public func autocode(rules: [AutoCodingRule], sources: [String]? = nil, dryRun: Bool = false,
                         onHit: ((AutoCodingReport.Hit) -> Void)? = nil) throws(ThematicError) -> AutoCodingReport {
        let streamed = dryRun ? onHit : nil
        let body = { (session: StoreSession) throws -> (AutoCodingReport, EventDraft?) in
            let codebook = try session.codebook()
            for rule in rules {
                guard let code = codebook.code(id: rule.codeID) else {
                    throw CodingError.invalidRule(ruleID: rule.id, message: "code '\(rule.codeID)' is not in the codebook")
                }
                guard code.isCodable else { throw CodingError.notCodable(code.id) }
                if let within = rule.withinCodeID, codebook.code(id: within) == nil {
                    throw CodingError.invalidRule(ruleID: rule.id, message: "'within' code '\(within)' is not in the codebook")
                }
            }
            let coder = try AutoCoder(rules: rules)
            let ids = try sources ?? session.sourceSummaries().map(\.id)
            var report = AutoCodingReport(rules: rules, hits: [], dryRun: dryRun)
            // One run, one moment: every coding it stores carries the same time.
            let now = Date()
            for id in ids {
                guard let revision = try session.currentRevision(ofSource: id),
                      let transcript = try session.transcript(id: id, revision: revision) else {
                    throw ThematicError.notFound(kind: "source", id: id)
                }
                let existing = try session.codings(ofSource: id, revision: revision)
                let stored = dryRun ? Set(existing.map { StoredCoding(span: $0.span, codeID: $0.codeID, coderID: $0.coderID) }) : []
                let index = TextIndex(transcript.text)
                for hit in coder.hits(in: transcript, codings: existing) {
                    let coding = Coding(sourceID: id, revision: revision, span: hit.span, codeID: hit.codeID, coderID: hit.coderID,
                                        createdAt: now)
                    let isNew = dryRun
                        ? !stored.contains(StoredCoding(span: hit.span, codeID: hit.codeID, coderID: hit.coderID))
                        : try session.insertCoding(coding)
                    let found = AutoCodingReport.Hit(ruleID: hit.ruleID, codeID: hit.codeID, sourceID: id, utterance: hit.utterance + 1,
                                                     span: hit.span, match: String(index.slice(hit.match)),
                                                     text: String(index.slice(hit.span)), isNew: isNew)
                    report.count(found)
                    if let streamed { streamed(found) } else { report.hits.append(found) }
                }
            }
            let added = report.newCount
            guard !dryRun, added > 0 else { return (report, nil) }
            let counts = Dictionary(grouping: report.hits.filter(\.isNew), by: \.ruleID).mapValues(\.count)
            return (report, EventDraft(summary: "auto-coded \(added) segments with \(rules.count) rule\(rules.count == 1 ? "" : "s")",
                                       payload: AutoCodingPayload(rules: rules.map(\.id), added: counts, sources: ids)))
        }
        if dryRun { return try read { session in try body(session).0 } }
        return try change("autocode", body)
    }
}

private struct AutoCodingPayload: Encodable {
    var rules: [String]
    var added: [String: Int]
    var sources: [String]
}

/// What makes a coding the same as another for auto-coding: span, code and coder.
private struct StoredCoding: Hashable {
    var span: TextSpan
    var codeID: String
    var coderID: String
}
