import ThematicModel

/// A reader for one transcript format.
///
/// A parser turns a decoded file into a ``Transcript`` through ``TranscriptBuilder``; it returns
/// warnings as values and throws only when the file cannot honestly be read, with the place in
/// the original file.
public protocol TranscriptParser: Sendable {
    /// The format this parser reads.
    static var format: TranscriptFormat { get }

    /// Reads a transcript.
    /// - Parameters:
    ///   - input: the file's bytes and name.
    ///   - options: the user's choices (roles, tier, merging).
    /// - Returns: the transcript and any warnings; ``TranscriptReader`` fills in the origin.
    /// - Throws: ``ParseError`` with the first place the file breaks the format's rules.
    func parse(_ input: ParserInput, options: ParserOptions) throws(ParseError) -> ParseResult
}
