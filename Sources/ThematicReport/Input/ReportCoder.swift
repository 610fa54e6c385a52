/// A coder (a person, or an auto-coding rule) and how much they coded.
public struct ReportCoder: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var codings: Int
    /// How many sources they coded in.
    public var sources: Int
    /// Whether the coder is an auto-coding rule (`auto:<rule>`).
    public var isAutomatic: Bool

    public init(id: String, codings: Int, sources: Int, isAutomatic: Bool) {
        self.id = id
        self.codings = codings
        self.sources = sources
        self.isAutomatic = isAutomatic
    }
}
