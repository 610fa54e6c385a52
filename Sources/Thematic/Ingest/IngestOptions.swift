import ThematicParsers

/// How `ingest` treats a batch of files.
public struct IngestOptions: Sendable {
    /// How each file is read (format override, speaker roles …).
    public var parser: ParserOptions
    /// Ingest the files that can be read and list the others, instead of ingesting nothing.
    public var keepGoing: Bool
    /// Treat a file with warnings as a file that cannot be read.
    public var strict: Bool
    /// Ingest a dialogue-text file even when most of its paragraphs hold no speaker turn (a file
    /// that does not look like a transcript is refused otherwise).
    public var force: Bool

    public init(parser: ParserOptions = ParserOptions(), keepGoing: Bool = false, strict: Bool = false, force: Bool = false) {
        self.parser = parser
        self.keepGoing = keepGoing
        self.strict = strict
        self.force = force
    }
}
