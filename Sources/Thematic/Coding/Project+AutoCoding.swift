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
    public func autocode(rules: [AutoCodingRule], sources: [String]? = nil, dryRun: Bool = false) throws(ThematicError) -> AutoCodingReport {
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
            for id in ids {
                guard let revision = try session.currentRevision(ofSource: id),
                      let transcript = try session.transcript(id: id, revision: revision) else {
                    throw ThematicError.notFound(kind: "source", id: id)
                }
                let existing = try session.codings(ofSource: id, revision: revision)
                let index = TextIndex(transcript.text)
                for hit in coder.hits(in: transcript, codings: existing) {
                    let coding = Coding(sourceID: id, revision: revision, span: hit.span, codeID: hit.codeID, coderID: hit.coderID)
                    let isNew = dryRun
                        ? !existing.contains { $0.span == hit.span && $0.codeID == hit.codeID && $0.coderID == hit.coderID }
                        : try session.insertCoding(coding)
                    report.hits.append(.init(ruleID: hit.ruleID, codeID: hit.codeID, sourceID: id, utterance: hit.utterance + 1,
                                             span: hit.span, match: String(index.slice(hit.match)),
                                             text: String(index.slice(hit.span)), isNew: isNew))
                }
            }
            let added = report.hits.filter(\.isNew).count
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
