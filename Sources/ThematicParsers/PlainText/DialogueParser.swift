import ThematicModel

/// Reads dialogue transcripts written as plain text or Markdown: `Speaker: text` turns.
///
/// - A turn opens with a label (`Interviewer:`, `Interviewer1 :`, `I:`, `**Name:**`, `[Name]`,
///   `Dr. Melissa Ko:`, `SPEAKER_01:` …), optionally with a time before or after it: `[00:01:23]`,
///   `(00:01:23)`, `[1:23]`, `{00:01:23}`, `#00:01:23.4#`, `\[03:48\]`, `[0.6s]`.
/// - Lines that do not open a turn continue the current one (hard-wrapped or indented text,
///   later paragraphs of a long answer); blank lines separate, they do not end a turn. A paragraph
///   that opens with a time but no label is a new utterance of the same speaker from that time.
/// - A time after a turn's words is its end; a time inside the words is kept as an annotation.
/// - Front matter between `---` lines, or a block of `key: value` header lines (`Date:`, `Title:` …)
///   before the first turn, becomes metadata (`id`, `title`, `duration` are used as the transcript
///   id, title, and the end of the last turn).
/// - Tab-separated rows (ELAN's tab export, Zoom chat logs) are read as label, times and text.
/// - A turn with a time ends where the next timed turn starts.
public struct DialogueParser: TranscriptParser {
    public static let format = TranscriptFormat.plainText

    public init() {}

    public func parse(_ input: ParserInput, options: ParserOptions) throws(ParseError) -> ParseResult {
        try DialogueReader(format: Self.format).read(input, options: options)
    }
}
