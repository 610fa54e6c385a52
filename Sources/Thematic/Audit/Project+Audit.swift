import Foundation
import ThematicAudit
import ThematicModel
import ThematicStore

extension Project {
    /// Audits the thematic framework against the coded material (see ``AuditResult``), and records
    /// that an audit was made (phase 6 asks for one after the last change).
    /// - Parameters:
    ///   - attribute: a case attribute to split prevalence by (`interviewer`, `wai_score`).
    ///   - thresholds: thresholds to use and store in the project for later audits; `nil` keeps the stored ones.
    /// - Throws: ``ThematicError/invalidRequest(_:)`` when no case has the attribute.
    public func audit(by attribute: String? = nil, thresholds: AuditThresholds? = nil) throws(ThematicError) -> AuditResult {
        try change("audit") { session in
            if let thresholds { try Project.storeThresholds(thresholds, in: session) }
            let material = try Project.auditMaterial(session)
            if let attribute {
                let known = Set(material.cases.flatMap { $0.attributes.map(\.name) })
                guard known.contains(attribute) else {
                    throw ThematicError.invalidRequest("no case has the attribute '\(attribute)'"
                        + (known.isEmpty ? " (import cases first: thematic cases import FILE)" : " (known: \(known.sorted().joined(separator: ", ")))"))
                }
            }
            let result = AuditResult(auditing: material, thresholds: try Project.thresholds(in: session), by: attribute)
            let bySeverity = Dictionary(grouping: result.findings, by: \.severity).mapValues(\.count)
            let summary = "audit: \(result.framework.allThemes.count) themes, \(bySeverity[.error] ?? 0) errors, "
                + "\(bySeverity[.warning] ?? 0) warnings, \(bySeverity[.info] ?? 0) notes"
                + (result.dataFramework.adjustedRandIndex.map { ", ARI \(String(format: "%.2f", $0))" } ?? "")
            let payload = AuditEventPayload(attribute: attribute, thresholds: result.thresholds,
                                            findings: Dictionary(grouping: result.findings, by: \.id).mapValues(\.count),
                                            adjustedRandIndex: result.dataFramework.adjustedRandIndex)
            return (result, EventDraft(summary: summary, payload: payload))
        }
    }

    /// The audit thresholds and approach stored in the project (defaults where none is stored).
    public func auditThresholds() throws(ThematicError) -> AuditThresholds {
        try read { try Project.thresholds(in: $0) }
    }

    /// Stores audit thresholds and the project's approach for later audits.
    public func setAuditThresholds(_ thresholds: AuditThresholds) throws(ThematicError) -> AuditThresholds {
        try change("audit settings") { session in
            guard try Project.thresholds(in: session) != thresholds else { return (thresholds, nil) }
            try Project.storeThresholds(thresholds, in: session)
            return (thresholds, EventDraft(summary: "audit thresholds: \(thresholds.minSegments) segments, "
                + "\(thresholds.minParticipants) participants, overlap \(thresholds.maxOverlap), approach \(thresholds.approach)",
                payload: thresholds))
        }
    }

    static func thresholds(in session: StoreSession) throws -> AuditThresholds {
        let defaults = AuditThresholds()
        return AuditThresholds(
            minSegments: try session.setting("audit.min_segments").flatMap(Int.init) ?? defaults.minSegments,
            minParticipants: try session.setting("audit.min_participants").flatMap(Int.init) ?? defaults.minParticipants,
            maxOverlap: try session.setting("audit.max_overlap").flatMap(Double.init) ?? defaults.maxOverlap,
            approach: try session.setting("approach").flatMap(ResearchApproach.init(rawValue:)) ?? defaults.approach)
    }

    private static func storeThresholds(_ thresholds: AuditThresholds, in session: StoreSession) throws {
        guard thresholds.minSegments >= 1, thresholds.minParticipants >= 0,
              thresholds.maxOverlap.isFinite, (0...1).contains(thresholds.maxOverlap) else {
            throw ThematicError.invalidRequest("audit thresholds: segments at least 1, participants at least 0, overlap between 0 and 1")
        }
        try session.setSetting("audit.min_segments", to: String(thresholds.minSegments))
        try session.setSetting("audit.min_participants", to: String(thresholds.minParticipants))
        try session.setSetting("audit.max_overlap", to: String(thresholds.maxOverlap))
        try session.setSetting("approach", to: thresholds.approach.rawValue)
    }

    /// Reads what the audit looks at: codebook, every source's utterances and speaker roles,
    /// every coding on a current revision, cases (one pass over each table, no per-row values
    /// beyond what the audit keeps).
    static func auditMaterial(_ session: StoreSession) throws -> AuditMaterial {
        let cases = try session.cases()
        var interviewers = try session.currentMetadata("interviewer")
        for studyCase in cases {
            guard let interviewer = studyCase.attribute("interviewer")?.value, !interviewer.isEmpty else { continue }
            for source in studyCase.sourceIDs { interviewers[source] = interviewer }
        }
        var sources: [AuditMaterial.Source] = []
        try session.forEachCurrentUtterance { sourceID, span, speakerID, role in
            if sources.last?.id != sourceID {
                sources.append(AuditMaterial.Source(id: sourceID, interviewer: interviewers[sourceID]))
            }
            sources[sources.count - 1].utterances.append(AuditMaterial.Utterance(span: span, speakerID: speakerID, role: role))
        }
        // A source without utterances still counts (as uncoded).
        let withUtterances = Set(sources.map(\.id))
        for summary in try session.sourceSummaries() where !withUtterances.contains(summary.id) {
            sources.append(AuditMaterial.Source(id: summary.id, interviewer: interviewers[summary.id]))
        }
        sources.sort { $0.id < $1.id }
        var codings: [AuditMaterial.Coding] = []
        codings.reserveCapacity(try session.counts().codings)
        try session.forEachCurrentCoding { id, sourceID, span, codeID, coderID, flagged in
            codings.append(AuditMaterial.Coding(id: id, sourceID: sourceID, span: span, codeID: codeID, coderID: coderID,
                                                isFlagged: flagged))
        }
        return AuditMaterial(codebook: try session.codebook(), sources: sources, codings: codings, cases: cases)
    }
}

private struct AuditEventPayload: Encodable {
    var attribute: String?
    var thresholds: AuditThresholds
    var findings: [String: Int]
    var adjustedRandIndex: Double?
}
