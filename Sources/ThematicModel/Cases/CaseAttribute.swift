/// One attribute of a case (`interviewer = IV2`, `wai_score = 58`), typed so that numbers and
/// dates compare as numbers and dates.
public struct CaseAttribute: Hashable, Sendable, Codable {
    /// The type of an attribute's values.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case text, number, date, boolean
    }

    public var name: String
    public var kind: Kind
    /// The value as written (a boolean is stored `yes` or `no`).
    public var value: String

    public init(name: String, kind: Kind, value: String) {
        self.name = name
        self.kind = kind
        self.value = value
    }

    /// Whether the attribute holds `text`, comparing numbers numerically, booleans by meaning
    /// (`yes`/`true`/`1`), text and dates case-insensitively.
    public func matches(_ text: String) -> Bool {
        switch kind {
        case .number:
            if let lhs = Double(value), let rhs = Double(text) { return lhs == rhs }
        case .boolean:
            if let lhs = CaseAttribute.boolean(value), let rhs = CaseAttribute.boolean(text) { return lhs == rhs }
        case .text, .date:
            break
        }
        return value.lowercased() == text.lowercased()
    }

    /// Reads `yes/no`, `true/false`, `y/n`, `1/0`.
    public static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "y", "true", "1": true
        case "no", "n", "false", "0": false
        default: nil
        }
    }
}
