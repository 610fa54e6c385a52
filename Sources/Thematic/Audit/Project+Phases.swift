import Foundation
import ThematicAudit
import ThematicModel
import ThematicStore

/// What `phase advance` or `phase set` did.
public struct PhaseChange: Sendable, Hashable, Codable {
    public var from: Phase
    public var to: Phase
    /// Whether the change was forced past blocking checklist items (recorded in the event).
    public var forced: Bool
    /// The items of the phase left that were not done (those with severity error were forced past).
    public var openItems: [PhaseChecklist.Item]
    /// The snapshot of codebook and themes taken at the change.
    public var snapshot: String
}

extension Project {
    /// Commands that look at the project without changing its material or framework: they do
    /// not make an audit stale (phase 6 asks for an audit or report after the last change).
    static let reviewCommands = ["audit", "report"]
    static let bookkeepingCommands = ["audit", "report", "audit snapshot", "audit settings", "phase advance", "phase set"]

    /// Moves the study to the next phase.
    /// - Throws: ``ThematicError/invalidRequest(_:)`` listing the current phase's blocking items,
    ///   unless `force`; or when the study is already in phase 6.
    public func advancePhase(force: Bool = false) throws(ThematicError) -> PhaseChange {
        try movePhase(command: "phase advance", force: force) { current throws(ThematicError) in
            guard let next = Phase(rawValue: current.rawValue + 1) else {
                throw .invalidRequest("the study is in the last phase (6 \(Phase.producingReport.name)); use 'phase set N' to go back")
            }
            return next
        }
    }

    /// Moves the study to any phase. Going back is always allowed (the phases are recursive);
    /// going forward checks the current phase's checklist like ``advancePhase(force:)``.
    public func setPhase(_ phase: Phase, force: Bool = false) throws(ThematicError) -> PhaseChange {
        try movePhase(command: "phase set", force: force) { current throws(ThematicError) in
            guard phase != current else { throw .invalidRequest("the study is already in phase \(phase)") }
            return phase
        }
    }

    private func movePhase(command: String, force: Bool,
                           _ target: (Phase) throws(ThematicError) -> Phase) throws(ThematicError) -> PhaseChange {
        try change(command) { session in
            let current = try session.phase()
            let next = try target(current)
            let material = try Project.auditMaterial(session)
            let checklist = PhaseChecklist(phase: current, evidence: try Project.phaseEvidence(session, material: material))
            let blocking = checklist.blockingItems
            if next > current, !blocking.isEmpty, !force {
                let lines = blocking.map { "  - \($0.text): \($0.evidence)" }.joined(separator: "\n")
                throw ThematicError.invalidRequest(
                    "phase \(current) is not done:\n\(lines)\nfinish it, or add --force to move on anyway (recorded in the log)")
            }
            let forced = next > current && !blocking.isEmpty
            // The snapshot belongs to the phase being left.
            let name = try Project.takeSnapshot(session, material: material, name: nil, reason: "phase \(current.rawValue) → \(next.rawValue)",
                                                actor: actor)
            try session.setPhase(next)
            let change = PhaseChange(from: current, to: next, forced: forced, openItems: checklist.items.filter { !$0.isDone },
                                     snapshot: name)
            let summary = "phase \(current.rawValue) → \(next.rawValue) (\(next.title))" + (forced ? ", forced past: "
                + blocking.map(\.text).joined(separator: "; ") : "")
            return (change, EventDraft(summary: summary, payload: change))
        }
    }

    /// What the phase checklists are computed from.
    static func phaseEvidence(_ session: StoreSession, material: AuditMaterial) throws -> PhaseEvidence {
        PhaseEvidence(counts: try session.counts(), codebook: material.codebook, sources: material.sources.map(\.id),
                      sourcesWithMemos: try session.sourcesWithMemos(),
                      audit: AuditResult(auditing: material, thresholds: try Project.thresholds(in: session)),
                      lastChangeEvent: try session.lastEventID(excluding: bookkeepingCommands),
                      lastReviewEvent: try session.lastEventID(commands: reviewCommands))
    }
}
