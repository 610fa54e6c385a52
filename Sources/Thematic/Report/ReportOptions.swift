import Foundation

/// What `thematic report` includes.
public struct ReportOptions: Sendable, Hashable {
    /// Only these themes (ids or names, case-insensitive), in this order; empty: every theme.
    public var themes: [String] = []
    /// Exemplar extracts per theme (chosen by ``ThematicCoding/ThemeEvidence/exemplarRule``).
    public var quotes = 3
    /// The case attribute to split prevalence by (`interviewer`, `interpreter`), if any.
    public var splitBy: String?
    /// The co-occurrence chart shows at most this many codes, the most used.
    public var cooccurrenceCodes = 30
    /// Coders whose agreement the report shows, per code and overall (two or more; empty: none).
    public var agreementCoders: [String] = []
    /// The time the report states; `nil`: now.
    public var generatedAt: Date?

    /// The most extracts per theme a report takes.
    public static let quoteLimit = 100

    public init(themes: [String] = [], quotes: Int = 3, splitBy: String? = nil, agreementCoders: [String] = []) {
        self.themes = themes
        self.agreementCoders = agreementCoders
        self.quotes = quotes
        self.splitBy = splitBy
    }
}
