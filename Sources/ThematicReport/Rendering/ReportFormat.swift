/// The report's two forms.
public enum ReportFormat: String, Hashable, Sendable, Codable, CaseIterable {
    case html
    case markdown

    /// The form a file name asks for: `.html`/`.htm` or `.md`/`.markdown`; `nil` for anything else.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "html", "htm": self = .html
        case "md", "markdown": self = .markdown
        default: return nil
        }
    }

    /// Renders a report in this form.
    public func render(_ input: ReportInput) -> String {
        switch self {
        case .html: HTMLReport(input).render()
        case .markdown: MarkdownReport(input).render()
        }
    }
}
