/// A code under a theme, with the number of segments coded with it.
public struct ReportCode: Hashable, Sendable, Codable, Identifiable {
    /// The code's path id (`alliance/bond/trust`).
    public var id: String
    public var name: String
    /// Segments (utterances) coded with it.
    public var segments: Int

    public init(id: String, name: String, segments: Int = 0) {
        self.id = id
        self.name = name
        self.segments = segments
    }
}
