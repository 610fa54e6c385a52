import ThematicModel

/// Why a file could not be read as a transcript. Nothing of such a file is ingested.
public enum ParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file does not exist.
    case fileNotFound(path: String)
    /// The path names a directory, not a file.
    case isDirectory(path: String)
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The file has no bytes, or nothing but white space and headers.
    case empty(path: String)
    /// The file holds binary data, not text.
    case binary(path: String, at: SourceLocation)
    /// The format could not be told from the name or the content.
    case unknownFormat(path: String)
    /// The format is known but Thematic has no reader for it yet.
    case unsupportedFormat(path: String, format: TranscriptFormat)
    /// The content breaks the format's rules at a place in the original file.
    case malformed(message: String, at: SourceLocation)
    /// A warning, under `--strict`.
    case strict(Diagnostic)

    /// Where in the original file the problem is, when it is at a place.
    public var location: SourceLocation? {
        switch self {
        case .binary(_, let location), .malformed(_, let location): location
        case .strict(let diagnostic): diagnostic.location
        default: nil
        }
    }

    /// The message without the location.
    public var message: String {
        switch self {
        case .fileNotFound: "no such file"
        case .isDirectory: "is a directory, not a transcript file (name the files inside it, e.g. dir/*.txt)"
        case .unreadable(_, let reason): "cannot be read: \(reason)"
        case .empty: "the file is empty: there is no transcript to ingest"
        case .binary: "the file holds binary data, not a transcript (a NUL byte here)"
        case .unknownFormat: "cannot tell the transcript format from the file's name or content; name it with --input-format"
        case .unsupportedFormat(_, let format): "\(format) transcripts cannot be read yet"
        case .malformed(let message, _): message
        case .strict(let diagnostic): "\(diagnostic.message) (a warning, an error under --strict)"
        }
    }

    /// The file the error is about.
    public var path: String {
        switch self {
        case .fileNotFound(let path), .isDirectory(let path), .unreadable(let path, _), .empty(let path),
             .binary(let path, _), .unknownFormat(let path), .unsupportedFormat(let path, _):
            path
        case .malformed(_, let location): location.file
        case .strict(let diagnostic): diagnostic.location?.file ?? ""
        }
    }

    /// `file:line:column: error: message`, or `file: error: message` when no place applies.
    public var description: String {
        if let location { return "\(location): error: \(message)" }
        return "\(path): error: \(message)"
    }
}
