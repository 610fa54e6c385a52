/// How much a finding matters: `error` blocks a phase (and `audit --strict`), `warning` asks for a
/// look, `info` is worth knowing.
public enum AuditSeverity: String, Hashable, Sendable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    case error
    case warning
    case info

    public var description: String { rawValue }

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    /// Errors first.
    public static func < (lhs: AuditSeverity, rhs: AuditSeverity) -> Bool { lhs.rank < rhs.rank }
}
