/// How far a theme reaches across the data set: segments, sources and participants, overall and
/// per value of the split attribute.
public struct ThemePrevalence: Hashable, Sendable, Codable {
    /// Segments (utterances) coded with any of the theme's codes.
    public var segments: Int
    /// Sources holding such a segment, out of ``totalSources``.
    public var sources: Int
    public var totalSources: Int
    /// Participants whose interviews hold such a segment, out of ``totalParticipants``.
    public var participants: Int
    public var totalParticipants: Int
    /// One entry per value of the split attribute, in ``SplitAttribute/values`` order.
    public var groups: [PrevalenceGroup]

    public init(segments: Int = 0, sources: Int = 0, totalSources: Int = 0, participants: Int = 0,
                totalParticipants: Int = 0, groups: [PrevalenceGroup] = []) {
        self.segments = segments
        self.sources = sources
        self.totalSources = totalSources
        self.participants = participants
        self.totalParticipants = totalParticipants
        self.groups = groups
    }
}

/// A theme's prevalence among the cases with one value of the split attribute.
public struct PrevalenceGroup: Hashable, Sendable, Codable {
    /// The attribute's value (`IV1`, `yes`).
    public var value: String
    public var segments: Int
    /// Participants of this group whose interviews hold the theme, out of ``groupParticipants``.
    public var participants: Int
    public var groupParticipants: Int

    public init(value: String, segments: Int = 0, participants: Int = 0, groupParticipants: Int = 0) {
        self.value = value
        self.segments = segments
        self.participants = participants
        self.groupParticipants = groupParticipants
    }
}
