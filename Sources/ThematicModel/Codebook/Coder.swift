/// Who made a coding: a person, or an auto-coding rule (`auto:<rule>`).
public struct Coder: Hashable, Sendable, Codable, Identifiable {
    /// The prefix that marks a rule rather than a person.
    public static let automaticPrefix = "auto:"

    public var id: String
    public var displayName: String

    public init(id: String, displayName: String? = nil) {
        self.id = id
        self.displayName = displayName ?? id
    }

    /// Whether the coder is an auto-coding rule.
    public var isAutomatic: Bool { id.hasPrefix(Coder.automaticPrefix) }
}
