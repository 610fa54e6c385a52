import Crypto
import Foundation
import ThematicModel

/// Reads transcript files of any supported format: loads the bytes, detects the format, runs
/// the format's parser and stamps the transcript with its origin (format, file name, SHA-256).
public struct TranscriptReader: Sendable {
    public init() {}

    /// Reads a transcript file from disk.
    /// - Parameters:
    ///   - path: the file, as the user named it (diagnostics show it so).
    ///   - options: format override, roles and other choices.
    /// - Throws: ``ParseError`` for a missing, unreadable, empty, binary or malformed file.
    public func read(contentsOf path: String, options: ParserOptions = ParserOptions()) throws(ParseError) -> ParseResult {
        try read(ParserInput(contentsOf: path), options: options)
    }

    /// Reads a transcript from a file's bytes, in memory or on disk.
    public func read(_ input: ParserInput, options: ParserOptions = ParserOptions()) throws(ParseError) -> ParseResult {
        guard input.byteCount > 0 else { throw .empty(path: input.file) }
        let format: TranscriptFormat
        if let chosen = options.format { format = chosen } else { format = try FormatDetector.detect(input) }
        if [.plainText, .otter, .webVTT, .srt, .chat].contains(format) {
            try TranscriptReader.checkLineLength(input, limit: options.limits.maximumLineLength)
        }
        var result = try FormatDetector.parser(for: format, file: input.file).parse(input, options: options)
        guard !result.transcript.utterances.isEmpty else {
            throw .malformed(message: "no speaker turns found: expected lines such as 'Interviewer: …' (\(format) format)",
                             at: SourceLocation(file: input.file, line: 1))
        }
        result.transcript.origin = TranscriptOrigin(
            format: format,
            fileName: (input.file as NSString).lastPathComponent,
            sha256: try TranscriptReader.sha256(of: input))
        if let id = options.sourceID { result.transcript.id = id }
        // Every parser makes its id safe; an id given by the caller or written in the file is checked.
        guard SourceID.isValid(result.transcript.id) else {
            throw .malformed(message: "source id '\(result.transcript.id.prefix(80))' is not usable: an id is \(SourceID.rule)",
                             at: SourceLocation(file: input.file, line: 1))
        }
        return result
    }

    /// Refuses a text file with a line longer than `limit` bytes, before it is parsed (a 100 MB
    /// single line would otherwise become one 100 MB utterance).
    static func checkLineLength(_ input: ParserInput, limit: Int) throws(ParseError) {
        var line = 1, length = 0
        try input.forEachChunk(size: 1 << 20) { chunk throws(ParseError) in
            let over: Bool = chunk.withUnsafeBytes { buffer in
                guard var cursor = buffer.baseAddress else { return false }
                let end = cursor + buffer.count
                while cursor < end {
                    guard let found = memchr(cursor, 0x0A, cursor.distance(to: end)) else {
                        length += cursor.distance(to: end)
                        return length > limit
                    }
                    let newline = UnsafeRawPointer(found)
                    length += cursor.distance(to: newline)
                    if length > limit { return true }
                    line += 1
                    length = 0
                    cursor = newline + 1
                }
                return false
            }
            if over {
                throw .malformed(message: "line \(line) is longer than \(limit) bytes, the limit for a line of a text transcript; "
                                 + "raise it with --max-line-length BYTES", at: SourceLocation(file: input.file, line: line))
            }
        }
    }

    /// The SHA-256 of a file's bytes, lowercase hexadecimal, computed a chunk at a time.
    public static func sha256(of input: ParserInput) throws(ParseError) -> String {
        var hasher = SHA256()
        try input.forEachChunk(size: 1 << 20) { chunk throws(ParseError) in hasher.update(data: chunk) }
        return hasher.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
