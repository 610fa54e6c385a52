/// How far a theme has been worked through: a candidate (phase 3), reviewed against the data
/// (phase 4), defined and named (phase 5).
public enum ThemeStatus: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case candidate
    case reviewed
    case defined

    public var description: String { rawValue }
}
