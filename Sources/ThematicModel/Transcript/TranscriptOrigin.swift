/// Where a transcript came from: enough to tell whether a file was already ingested.
public struct TranscriptOrigin: Hashable, Sendable, Codable {
    public var format: TranscriptFormat
    /// The file name as given (without folders).
    public var fileName: String
    /// SHA-256 of the file's bytes, lowercase hexadecimal.
    public var sha256: String

    public init(format: TranscriptFormat, fileName: String, sha256: String) {
        self.format = format
        self.fileName = fileName
        self.sha256 = sha256
    }
}
