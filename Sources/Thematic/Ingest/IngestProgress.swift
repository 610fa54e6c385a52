/// Where a long ingest has got to, for a progress display.
public struct IngestProgress: Sendable {
    /// How many files are done, from 1.
    public var completed: Int
    public var total: Int
    /// The file just read.
    public var file: String
}
