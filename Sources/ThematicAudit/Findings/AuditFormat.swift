import Foundation

/// Number formats shared by the audit's messages.
enum AuditFormat {
    /// Two decimals, `0.67`.
    static func decimal(_ value: Double) -> String { String(format: "%.2f", value) }
}
