import ThematicParsers

/// How `ingest` treats a batch of files.
public struct IngestOptions: Sendable {
    /// How each file is read (format override, speaker roles …).
    public var parser: ParserOptions
    /// Ingest the files that can be read and list the others, instead of ingesting nothing.
    public var keepGoing: Bool
    /// Treat a file with warnings as a file that cannot be read.
    public var strict: Bool

    public init(parser: ParserOptions = ParserOptions(), keepGoing: Bool = false, strict: Bool = false) {
        self.parser = parser
        self.keepGoing = keepGoing
        self.strict = strict
    }
}
