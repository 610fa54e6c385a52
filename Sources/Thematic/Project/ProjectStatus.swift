import ThematicAudit
import ThematicModel

/// Where a study stands: its phase, what it holds, and what each phase still asks for.
public struct ProjectStatus: Hashable, Sendable, Codable {
    public var name: String
    public var path: String
    public var phase: Phase
    public var counts: ProjectCounts
    /// One checklist per phase, in phase order.
    public var checklists: [PhaseChecklist]

    /// The checklist of the current phase.
    public var currentChecklist: PhaseChecklist? {
        checklists.first { $0.phase == phase }
    }
}
