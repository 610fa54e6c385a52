import ThematicExchange

/// What an export to REFI-QDA wrote, and what the format could not carry.
public struct REFIExportReport: Sendable, Encodable {
    /// Where it was written; `nil` when the document went to stdout.
    public var path: String?
    public var dialect: String
    public var codes = 0
    public var themes = 0
    public var sources = 0
    public var selections = 0
    public var codings = 0
    public var memos = 0
    public var cases = 0
    public var coders = 0
    /// One line per thing the format could not carry.
    public var warnings: [String] = []

    init(path: String?, dialect: REFIDialect) {
        self.path = path
        self.dialect = dialect.rawValue
    }
}
