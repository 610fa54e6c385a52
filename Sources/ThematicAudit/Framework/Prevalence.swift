/// How widely a theme or code is found in the coded material.
public struct Prevalence: Hashable, Sendable, Codable {
    /// Distinct coded segments (a source and span coded at least once, whoever coded it and with
    /// whichever of the node's codes).
    public var segments: Int
    /// Codings (one per coder, code and segment).
    public var codings: Int
    /// Sources with at least one of the segments.
    public var sources: Int
    /// Participants who speak in the segments: speakers with the participant role, each counted
    /// once per source (`P01/P01`).
    public var participants: Int
    /// `sources` as a share of all sources of the study (0 when there are none).
    public var sourceShare: Double
    /// The same split by a case attribute, when the audit was asked for one (`--by`).
    public var byAttribute: AttributeSplit?

    public init(segments: Int = 0, codings: Int = 0, sources: Int = 0, participants: Int = 0, sourceShare: Double = 0,
                byAttribute: AttributeSplit? = nil) {
        self.segments = segments
        self.codings = codings
        self.sources = sources
        self.participants = participants
        self.sourceShare = sourceShare
        self.byAttribute = byAttribute
    }

    enum CodingKeys: String, CodingKey {
        case segments, codings, sources, participants
        case sourceShare = "source_share"
        case byAttribute = "by_attribute"
    }
}
