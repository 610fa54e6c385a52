/// The thresholds of the audit's findings, stored in the project so that every audit of a study
/// uses the same ones until the researchers change them.
public struct AuditThresholds: Hashable, Sendable, Codable {
    /// A theme with fewer coded segments than this is `thin-theme`.
    public var minSegments: Int
    /// A theme found with fewer participants than this is `thin-theme`.
    public var minParticipants: Int
    /// Two themes whose segments (compared by the utterances they cover) have a Jaccard index
    /// above this are `overlapping-themes`.
    public var maxOverlap: Double
    /// The family of thematic analysis the project follows.
    public var approach: ResearchApproach

    public init(minSegments: Int = 5, minParticipants: Int = 2, maxOverlap: Double = 0.5, approach: ResearchApproach = .codebook) {
        self.minSegments = minSegments
        self.minParticipants = minParticipants
        self.maxOverlap = maxOverlap
        self.approach = approach
    }

    enum CodingKeys: String, CodingKey {
        case minSegments = "min_segments"
        case minParticipants = "min_participants"
        case maxOverlap = "max_overlap"
        case approach
    }
}
