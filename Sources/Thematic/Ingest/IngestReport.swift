import ThematicModel
import ThematicParsers

/// What an ingest did with each file of its batch.
public struct IngestReport: Sendable {
    /// A file stored as a source (or as a new revision of one).
    public struct Ingested: Sendable, Codable, Hashable {
        public var file: String
        public var sourceID: String
        public var revision: Int
        public var format: TranscriptFormat
        public var utterances: Int
        public var words: Int
        public var warnings: [Diagnostic]
        /// For a new revision of a source with codings: where its codings went.
        public var reanchoring: ReAnchorReport? = nil
    }

    /// A file whose exact bytes the project already holds.
    public struct Duplicate: Sendable, Codable, Hashable {
        public var file: String
        public var sourceID: String
        public var revision: Int
    }

    public var ingested: [Ingested] = []
    public var duplicates: [Duplicate] = []
    /// Files that could not be read (only with `keepGoing`; otherwise the ingest throws).
    public var failures: [IngestFailure] = []

    public init() {}
}

/// A file of a batch that could not be ingested, and why.
public struct IngestFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// The error line, `file:line:column: error: …` where a place applies.
    public var message: String
    /// The place in the file, when the problem is at one.
    public var location: SourceLocation?

    public init(file: String, message: String, location: SourceLocation? = nil) {
        self.file = file
        self.message = message
        self.location = location
    }

    init(_ error: ParseError) {
        self.init(file: error.path, message: error.description, location: error.location)
    }

    public var description: String { message }
}
