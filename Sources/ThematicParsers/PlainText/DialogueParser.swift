import ThematicModel

/// Reads dialogue transcripts written as plain text or Markdown: `Speaker: text` turns.
///
/// - A turn opens with `Label: text`, optionally after a `[hh:mm:ss]` or `(m:ss)` time.
/// - Lines that do not open a turn continue the current one (hard-wrapped or indented text,
///   later paragraphs of a long answer); blank lines separate, they do not end a turn.
/// - Front matter between `---` lines before the first turn becomes metadata (`id`, `title`,
///   `duration` are used as the transcript id, title, and the end of the last turn).
/// - A turn with a time ends where the next timed turn starts.
public struct DialogueParser: TranscriptParser {
    public static let format = TranscriptFormat.plainText

    public init() {}

    public func parse(_ input: ParserInput, options: ParserOptions) throws(ParseError) -> ParseResult {
        let decoded = try input.decoded()
        var builder = TranscriptBuilder(file: input.file, roles: options.roles)
        builder.warnings += decoded.warnings
        var header = FrontMatter()
        var inFrontMatter = false
        var sawContent = false
        var knownLabels = Set<String>()
        for line in Lines(decoded.text) {
            if inFrontMatter {
                if FrontMatter.isFence(line.text) {
                    inFrontMatter = false
                } else if !header.read(line.text), !line.text.allSatisfy(\.isWhitespace) {
                    builder.warn("front matter line is not 'key: value'; ignored", line: line.number)
                }
                continue
            }
            if line.text.allSatisfy(\.isWhitespace) { continue }
            if !sawContent, FrontMatter.isFence(line.text) {
                inFrontMatter = true
                sawContent = true
                continue
            }
            sawContent = true
            let turn = TurnLine.match(line.text) { knownLabels.contains(SpeakerLabel.key(String($0))) }
            if let turn {
                knownLabels.insert(SpeakerLabel.key(String(turn.label)))
                builder.addUtterance(label: String(turn.label), content: turn.content, start: turn.start,
                                     at: SourceLocation(file: input.file, line: line.number, column: turn.labelColumn))
            } else if !builder.continueLastUtterance(with: line.text) {
                builder.warn("text before the first speaker turn belongs to no speaker and is left out", line: line.number)
            }
        }
        if inFrontMatter {
            throw .malformed(message: "front matter opened with '---' is never closed",
                             at: SourceLocation(file: input.file, line: 1))
        }
        let metadata = header.fields
        let transcript = builder.build(
            id: metadata["id"].flatMap(SourceID.sanitize) ?? SourceID.sanitize(input.stem) ?? "transcript",
            title: metadata["title"] ?? input.stem,
            metadata: metadata,
            origin: TranscriptOrigin(format: .plainText, fileName: input.file, sha256: ""),
            inferEnds: true,
            lastEnd: metadata["duration"].flatMap { Timecode(parsing: $0) })
        return ParseResult(transcript: transcript, warnings: builder.warnings)
    }
}
