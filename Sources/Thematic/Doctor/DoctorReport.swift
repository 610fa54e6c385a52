import ThematicStore

/// What `thematic doctor` found in a project file, and what `--repair` did.
public struct DoctorReport: Sendable, Codable {
    public typealias Finding = DoctorFinding

    /// The project file checked.
    public var project: String
    /// What is wrong (after a repair: what is still wrong).
    public var findings: [Finding]
    /// What `--repair` changed, one line each (empty without `--repair`).
    public var repaired: [String]

    /// Whether the project is damaged: anything found.
    public var isDamaged: Bool { !findings.isEmpty }

    /// Findings `--repair` can fix.
    public var repairable: [Finding] { findings.filter { $0.repair != nil } }
}
