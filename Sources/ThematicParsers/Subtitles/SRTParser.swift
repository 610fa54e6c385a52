import ThematicModel

/// Reads SubRip (`.srt`) files: blocks of an optional index, a timing line
/// `00:00:01,000 --> 00:00:04,000` and text lines, separated by blank lines.
///
/// Handles missing indices, a missing blank line between subtitles, a `.` instead of the comma, UTF-8 (BOM or not) and UTF-16 with BOM,
/// CR/CRLF/LF, HTML-like markup and `{\an8}` positioning, and `Name: text` speaker prefixes.
public struct SRTParser: TranscriptParser {
    public static let format = TranscriptFormat.srt
    static let example = "00:00:01,000 --> 00:00:04,000"

    public init() {}

    public func parse(_ input: ParserInput, options: ParserOptions) throws(ParseError) -> ParseResult {
        let decoded = try input.decoded()
        var lines = Lines(decoded.text).makeIterator()
        var cues: [SubtitleCue] = []
        var pending = lines.next()
        while let line = pending {
            if line.text.isBlankLine { pending = lines.next(); continue }
            var timingLine = line
            if !CueTiming.isTimingLine(line.text) {
                let index = line.text.droppingLeadingSpaces().droppingTrailingSpaces()
                guard !index.isEmpty, index.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                    throw .malformed(message: "expected a subtitle number or a timing line '\(Self.example)', found '\(line.text)'",
                                     at: SourceLocation(file: input.file, line: line.number))
                }
                guard let next = lines.next(), CueTiming.isTimingLine(next.text) else {
                    throw .malformed(message: "subtitle \(index) has no timing line '\(Self.example)' after its number",
                                     at: SourceLocation(file: input.file, line: line.number + 1))
                }
                timingLine = next
            }
            let timing = try CueTiming.parse(timingLine.text, separators: [",", "."], example: Self.example,
                                             lineNumber: timingLine.number, file: input.file)
            var payload: [Substring] = []
            pending = lines.next()
            while let next = pending, !next.text.isBlankLine {
                // A timing line right after text starts the next subtitle even without a blank
                // line; a number just before it was that subtitle's index.
                if CueTiming.isTimingLine(next.text), !payload.isEmpty {
                    if let last = payload.last, last.allSatisfy({ $0.isASCII && $0.isNumber }) { payload.removeLast() }
                    break
                }
                payload.append(next.text)
                pending = lines.next()
            }
            cues.append(SubtitleCue(start: timing.start, end: timing.end, lines: payload,
                                    location: SourceLocation(file: input.file, line: timingLine.number)))
        }
        return SubtitleAssembler.transcript(from: cues, format: Self.format, input: input, options: options,
                                            metadata: [:], annotations: [], warnings: decoded.warnings)
    }
}
