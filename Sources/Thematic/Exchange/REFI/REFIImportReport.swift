import ThematicExchange

/// What `thematic import` took from a REFI-QDA file.
public struct REFIImportReport: Sendable, Encodable {
    public var file: String
    /// `codebook` or `project`.
    public var kind: String
    /// The program that wrote it (its `origin`).
    public var origin: String
    /// How its positions were read.
    public var dialect: String
    public var codesAdded: [String] = []
    public var codesUpdated: [String] = []
    public var themes: [String] = []
    public var coders: [String] = []
    /// Sources stored (new ones, and new revisions of ones matched by guid).
    public var sourcesAdded: [String] = []
    /// Sources matched by guid whose text was already there.
    public var sourcesMatched: [String] = []
    public var codings = 0
    /// Codings the project already held (same guid).
    public var codingsAlreadyPresent = 0
    public var memos = 0
    public var cases: [String] = []
    /// What was seen but not taken, one line each.
    public var warnings: [String] = []

    init(file: String, document: REFIDocument) {
        self.file = file
        kind = document.kind.rawValue
        origin = document.origin
        dialect = document.dialect.rawValue
    }

    /// Whether the import changed the project.
    var changedAnything: Bool {
        !codesAdded.isEmpty || !codesUpdated.isEmpty || !themes.isEmpty || !sourcesAdded.isEmpty || codings > 0 || memos > 0
            || !cases.isEmpty || !coders.isEmpty
    }
}
