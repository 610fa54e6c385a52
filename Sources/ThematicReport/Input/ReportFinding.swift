/// One finding of the audit (filled from `Project.audit`): evidence for the researcher, not a verdict.
public struct ReportFinding: Hashable, Sendable, Codable {
    /// How much it matters.
    public enum Severity: String, Hashable, Sendable, Codable, CaseIterable {
        case note, warning, problem
    }

    public var severity: Severity
    /// What the finding is about (a theme or code id), if one thing.
    public var subject: String?
    public var message: String

    public init(severity: Severity, subject: String? = nil, message: String) {
        self.severity = severity
        self.subject = subject
        self.message = message
    }
}
