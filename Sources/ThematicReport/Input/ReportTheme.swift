/// A theme as the report shows it: what it is, what it gathers, how far it reaches, its evidence.
public struct ReportTheme: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var definition: String
    /// What the theme is not about, where the researcher wrote it down (the audit issue's scope note).
    public var scopeNote: String?
    /// The theme's standing in the review (`candidate`, `reviewed`, `final` …), when recorded.
    public var status: String?
    /// Codes gathered by the theme directly (not through a subtheme).
    public var codes: [ReportCode]
    /// Subthemes, each with its own codes.
    public var subthemes: [ReportSubtheme]
    public var prevalence: ThemePrevalence
    /// The exemplar extracts.
    public var quotes: [ReportQuote]
    /// How the quotes were chosen: by the researcher, or the rule that picked them.
    public var quoteRule: String

    public init(id: String, name: String, definition: String = "", scopeNote: String? = nil, status: String? = nil,
                codes: [ReportCode] = [], subthemes: [ReportSubtheme] = [], prevalence: ThemePrevalence = ThemePrevalence(),
                quotes: [ReportQuote] = [], quoteRule: String = "") {
        self.id = id
        self.name = name
        self.definition = definition
        self.scopeNote = scopeNote
        self.status = status
        self.codes = codes
        self.subthemes = subthemes
        self.prevalence = prevalence
        self.quotes = quotes
        self.quoteRule = quoteRule
    }

    /// Every code of the theme, its own first, then each subtheme's.
    public var allCodes: [ReportCode] { codes + subthemes.flatMap(\.codes) }
}
