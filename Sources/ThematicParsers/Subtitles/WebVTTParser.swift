import ThematicModel

/// Reads WebVTT files: Zoom transcripts (`Name: text` in cues), Teams transcripts (`<v Name>`
/// voice spans, closed or not; JSON `metadataContent` cues), YouTube and other captions.
///
/// Handles the `WEBVTT` line and header (`Kind: captions` → metadata), cue identifiers, cue
/// settings, `NOTE` blocks (kept as annotations), `STYLE` and `REGION` blocks (skipped), inline
/// `<c>` and karaoke time tags, times with or without hours and unpadded (`0:0:5.320`), a BOM,
/// and CR/CRLF/LF. A cue may follow the previous cue's text without a blank line (Teams, YouTube).
public struct WebVTTParser: TranscriptParser {
    public static let format = TranscriptFormat.webVTT
    static let example = "00:00:01.000 --> 00:00:04.000"

    public init() {}

    public func parse(_ input: ParserInput, options: ParserOptions) throws(ParseError) -> ParseResult {
        let decoded = try input.decoded()
        var lines = Lines(decoded.text).makeIterator()
        guard let first = lines.next(), first.text.hasPrefix("WEBVTT"),
              first.text.count == 6 || first.text.dropFirst(6).first == " " || first.text.dropFirst(6).first == "\t" else {
            throw .malformed(message: "a WebVTT file must start with the line 'WEBVTT'", at: SourceLocation(file: input.file, line: 1))
        }
        var metadata: [String: String] = [:]
        let title = first.text.dropFirst(6).droppingLeadingSpaces().droppingTrailingSpaces()
        // `WEBVTT - Translation of that film I like`: the text after the dash names the file.
        if !title.isEmpty { metadata["title"] = String(title.drop(while: { $0 == "-" || $0 == " " })) }
        var cues: [SubtitleCue] = []
        var annotations: [Annotation] = []
        var pending: Lines.Line? = lines.next()
        // Header lines run to the first blank line (or, as Teams writes it, straight into a cue).
        while let line = pending, !line.text.isBlankLine, !CueTiming.isTimingLine(line.text) {
            if let (key, value) = FrontMatter.pair(line.text), !value.isEmpty { metadata[key] = value }
            pending = lines.next()
        }
        while let line = pending {
            if line.text.isBlankLine { pending = lines.next(); continue }
            let keyword = line.text.prefix(while: { $0 != " " && $0 != "\t" })
            if keyword == "NOTE" || keyword == "STYLE" || keyword == "REGION" {
                var body = [line.text.dropFirst(keyword.count).droppingLeadingSpaces()]
                pending = lines.next()
                while let next = pending, !next.text.isBlankLine {
                    body.append(next.text)
                    pending = lines.next()
                }
                if keyword == "NOTE" {
                    annotations.append(Annotation(kind: "note", text: TranscriptBuilder.fold(body.joined(separator: " ")),
                                                  location: SourceLocation(file: input.file, line: line.number)))
                }
                continue
            }
            // An optional cue identifier, then the timing line.
            var timingLine = line
            if !CueTiming.isTimingLine(line.text) {
                guard let next = lines.next(), CueTiming.isTimingLine(next.text) else {
                    throw .malformed(message: "a cue needs a timing line '\(Self.example)' after its identifier '\(line.text)'",
                                     at: SourceLocation(file: input.file, line: line.number + 1))
                }
                timingLine = next
            }
            let timing = try CueTiming.parse(timingLine.text, separators: ["."], example: Self.example,
                                             lineNumber: timingLine.number, file: input.file)
            var payload: [Substring] = []
            pending = lines.next()
            while let next = pending, !next.text.isBlankLine {
                if CueTiming.isTimingLine(next.text) {
                    guard !payload.isEmpty else {
                        throw .malformed(message: "a timing line inside a cue: the cue timed on line \(timingLine.number) has no text before it",
                                         at: SourceLocation(file: input.file, line: next.number))
                    }
                    break
                }
                payload.append(next.text)
                pending = lines.next()
            }
            cues.append(SubtitleCue(start: timing.start, end: timing.end, lines: payload,
                                    location: SourceLocation(file: input.file, line: timingLine.number)))
        }
        return SubtitleAssembler.transcript(from: cues, format: Self.format, input: input, options: options,
                                            metadata: metadata, annotations: annotations, warnings: decoded.warnings)
    }
}
