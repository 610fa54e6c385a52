import ThematicModel

/// Reads Otter.ai text exports: `Name  0:03` (or `Name  1:02:03` past the hour) on its own line,
/// then the paragraph(s) the speaker said, a blank line between turns, and an optional
/// `Transcribed by https://otter.ai` footer (kept as metadata).
///
/// The turn shapes are those of ``DialogueParser``, which also reads Otter turns inside a file
/// detected as plain text; this parser only records the origin as Otter.
public struct OtterParser: TranscriptParser {
    public static let format = TranscriptFormat.otter

    public init() {}

    public func parse(_ input: ParserInput, options: ParserOptions) throws(ParseError) -> ParseResult {
        try DialogueReader(format: Self.format).read(input, options: options)
    }
}
