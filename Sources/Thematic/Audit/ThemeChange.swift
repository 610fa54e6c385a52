import ThematicModel

/// What a `theme` command did: a line for people and the theme as it is afterwards.
public struct ThemeChange: Sendable, Hashable, Codable {
    public var summary: String
    /// The theme after the change (`nil` when it was removed or merged away).
    public var theme: Theme?
}
