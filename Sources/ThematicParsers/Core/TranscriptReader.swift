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
        return result
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
