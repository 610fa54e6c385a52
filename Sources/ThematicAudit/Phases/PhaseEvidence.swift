import ThematicModel

/// What the phase checklists are computed from: the project's counts and codebook, which
/// sources have memos, the audit of the material, and when the last change and the last audit
/// or report were made.
public struct PhaseEvidence: Sendable {
    public var counts: ProjectCounts
    public var codebook: Codebook
    /// Every source id.
    public var sources: [String]
    /// Sources with at least one memo (the familiarisation notes of phase 1).
    public var sourcesWithMemos: Set<String>
    /// The audit of the current material.
    public var audit: AuditResult
    /// The event id of the last change to the material or framework (0: none).
    public var lastChangeEvent: Int64
    /// The event id of the last audit or report (0: none).
    public var lastReviewEvent: Int64

    public init(counts: ProjectCounts, codebook: Codebook, sources: [String], sourcesWithMemos: Set<String>,
                audit: AuditResult, lastChangeEvent: Int64, lastReviewEvent: Int64) {
        self.counts = counts
        self.codebook = codebook
        self.sources = sources
        self.sourcesWithMemos = sourcesWithMemos
        self.audit = audit
        self.lastChangeEvent = lastChangeEvent
        self.lastReviewEvent = lastReviewEvent
    }
}
