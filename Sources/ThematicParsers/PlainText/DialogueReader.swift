import ThematicModel

/// The engine behind ``DialogueParser`` and ``OtterParser``: reads speaker turns from lines of text.
///
/// One pass over the lines (plus a look at the first couple of hundred to learn whether labels
/// are written `[Name]`); every step looks at one line, so reading is linear in the file's size.
struct DialogueReader {
    let format: TranscriptFormat

    /// How many non-blank lines the style sniffing looks at.
    private static let sniffedLines = 200
    /// How long a `key: value` block at the top of a file may be to count as its header.
    private static let maximumHeaderLines = 40

    func read(_ input: ParserInput, options: ParserOptions) throws(ParseError) -> ParseResult {
        let decoded = try input.decoded()
        var state = State(file: input.file, roles: options.roles,
                          bracketLabels: DialogueReader.writesBracketLabels(Lines(decoded.text)))
        state.builder.warnings += decoded.warnings
        var header = FrontMatter()
        var frontMatterOpenedAt: Int?
        var topBlock: [Lines.Line] = []
        var beforeContent = true
        var inTopBlock = false
        /// Settles the `key: value` block at the top: header fields, or the first turns after all.
        func settle(_ block: [Lines.Line]) throws(ParseError) {
            if FrontMatter.isHeaderBlock(block.map(\.text)) {
                block.forEach { header.read($0.text) }
            } else {
                for held in block { try state.take(held) }
            }
        }

        for line in Lines(decoded.text) {
            if frontMatterOpenedAt != nil {
                if FrontMatter.isFence(line.text) {
                    frontMatterOpenedAt = nil
                } else if !header.read(line.text), !line.text.allSatisfy(\.isWhitespace) {
                    state.builder.warn("front matter line is not 'key: value'; ignored", line: line.number)
                }
                continue
            }
            let isBlank = line.text.isBlankLine
            if beforeContent {
                if isBlank { continue }
                beforeContent = false
                if FrontMatter.isFence(line.text) {
                    frontMatterOpenedAt = line.number
                    continue
                }
                inTopBlock = true
            }
            if inTopBlock {
                // A block of `key: value` lines at the top may be a header; decide when it ends.
                if !isBlank, topBlock.count < DialogueReader.maximumHeaderLines, FrontMatter.pair(line.text) != nil {
                    topBlock.append(line)
                    continue
                }
                inTopBlock = false
                try settle(topBlock)
                topBlock = []
            }
            if isBlank {
                state.endParagraph()
            } else if DialogueReader.isOtterFooter(line.text) {
                header.fields["transcribed_by"] = String(line.text.droppingLeadingSpaces().droppingTrailingSpaces())
            } else {
                try state.take(line)
            }
        }
        if let opened = frontMatterOpenedAt {
            throw .malformed(message: "front matter opened with '---' is never closed",
                             at: SourceLocation(file: input.file, line: opened))
        }
        try settle(topBlock)
        let metadata = header.fields
        let transcript = state.builder.build(
            id: metadata["id"].flatMap(SourceID.sanitize) ?? SourceID.sanitize(input.stem) ?? "transcript",
            title: metadata["title"] ?? input.stem,
            metadata: metadata,
            origin: TranscriptOrigin(format: format, fileName: input.file, sha256: ""),
            inferEnds: true,
            lastEnd: metadata["duration"].flatMap { Timecode(parsing: $0) })
        return ParseResult(transcript: transcript, warnings: state.builder.warnings)
    }

    /// Whether the file writes speaker labels in brackets (`[id1] text`) rather than with colons:
    /// decided on the first lines, because `[laughs]` at the start of a line is no speaker in a
    /// file that otherwise uses `Name:`.
    static func writesBracketLabels(_ lines: Lines) -> Bool {
        var bracketed = 0, colon = 0, seen = 0
        for line in lines where !line.text.isBlankLine {
            seen += 1
            if seen > sniffedLines { break }
            if let turn = TurnLine.match(line.text, isKnownSpeaker: { _ in false }) {
                // Header lines (`Date: …`) say nothing about how turns are labelled.
                if !FrontMatter.headerKeys.contains(turn.label.lowercased()) { colon += 1 }
            } else if TurnLine.match(line.text, bracketLabels: true, isKnownSpeaker: { _ in false }) != nil {
                bracketed += 1
            }
        }
        return bracketed >= 2 && bracketed > colon
    }

    /// Whether a file opens as an Otter.ai export does: `Name  0:00` alone on the first line.
    static func looksLikeOtter(_ head: String) -> Bool {
        guard let first = Lines(head).first(where: { !$0.text.isBlankLine }),
              let turn = TurnLine.match(first.text, isKnownSpeaker: { _ in false }) else { return false }
        return turn.start != nil && turn.content.isBlankLine && TimeMark.leading(first.text) == nil
            && !first.text.contains(":" + " ") && !first.text.hasSuffix(":")
    }

    /// Otter's closing line, `Transcribed by https://otter.ai`.
    static func isOtterFooter(_ line: Substring) -> Bool {
        let trimmed = line.droppingLeadingSpaces()
        return trimmed.hasPrefix("Transcribed by") && trimmed.contains("otter.ai")
    }

    /// What the reader knows while it walks the lines.
    private struct State {
        var builder: TranscriptBuilder
        let bracketLabels: Bool
        var knownLabels = Set<String>()
        var overlaps = OverlapMarks()
        /// A time that stood alone on a line, for the turn that follows.
        var pendingStart: Timecode?
        var currentSpeaker: String?
        /// The line being read: columns are counted from its start.
        var current = Lines.Line(number: 0, text: "")

        init(file: String, roles: [String: SpeakerRole], bracketLabels: Bool) {
            builder = TranscriptBuilder(file: file, roles: roles)
            self.bracketLabels = bracketLabels
        }

        mutating func endParagraph() { overlaps.endParagraph() }

        /// Reads one non-blank line that is not header.
        mutating func take(_ line: Lines.Line) throws(ParseError) {
            current = line
            let text = DialogueReader.droppingLineContinuation(line.text)
            if let row = TabularRow.match(text) {
                open(label: row.label, content: row.content, start: row.start, end: row.end,
                     line: line.number, column: row.labelColumn)
                return
            }
            let known = knownLabels
            if let turn = TurnLine.match(text, bracketLabels: bracketLabels,
                                         isKnownSpeaker: { known.contains(SpeakerLabel.key(String($0))) }) {
                let start = turn.start ?? pendingStart
                var content = turn.content
                var end: Timecode?
                // A time after the words ends the turn (f4 and ATLAS.ti write `#00:01:23-4#` there).
                if let mark = TimeMark.trailing(content), mark.range.lowerBound > content.startIndex,
                   start.map({ mark.time >= $0 }) ?? true {
                    end = mark.time
                    content = content[..<mark.range.lowerBound]
                }
                open(label: turn.label, content: content, start: start, end: end, line: line.number, column: turn.labelColumn)
                try overlaps.check(content, of: line, speaker: currentSpeaker ?? "", file: builder.file)
                return
            }
            if let mark = TimeMark.leading(text) {
                let after = text[mark.range.upperBound...]
                if after.isBlankLine {
                    pendingStart = mark.time
                    return
                }
                if let last = builder.utterances.last, last.span.isEmpty, last.start == nil {
                    builder.setStartOfLastUtterance(mark.time)
                    appendContinuation(after, line: line.number)
                    return
                }
                if let speaker = currentSpeaker {
                    // A paragraph that opens with a time but no label: the same speaker, from then on.
                    let column = text.unicodeScalars.distance(from: text.startIndex, to: mark.range.upperBound) + 1
                    open(label: Substring(speaker), content: after, start: mark.time, end: nil, line: line.number, column: column)
                    return
                }
            }
            if let speaker = currentSpeaker {
                if let time = pendingStart {
                    pendingStart = nil
                    open(label: Substring(speaker), content: text, start: time, end: nil, line: line.number, column: 1)
                    return
                }
                try overlaps.check(text, of: line, speaker: speaker, file: builder.file)
                appendContinuation(text, line: line.number)
            } else {
                builder.warn("text before the first speaker turn belongs to no speaker and is left out", line: line.number)
            }
        }

        private mutating func open(label: Substring, content: Substring, start: Timecode?, end: Timecode?, line: Int, column: Int) {
            let key = SpeakerLabel.key(String(label))
            knownLabels.insert(key)
            pendingStart = nil
            let words = wordsAndMarks(content, utterance: builder.utterances.count, line: line)
            builder.addUtterance(label: String(label), content: words, start: start, end: end,
                                 at: SourceLocation(file: builder.file, line: line, column: column))
            currentSpeaker = builder.utterances.last?.speakerID
        }

        private mutating func appendContinuation(_ text: Substring, line: Int) {
            var text = text
            if let last = builder.utterances.last, let mark = TimeMark.trailing(text),
               mark.range.lowerBound > text.startIndex, let start = last.start, mark.time >= start {
                builder.setEndOfLastUtterance(mark.time)
                text = text[..<mark.range.lowerBound]
            }
            builder.continueLastUtterance(with: wordsAndMarks(text, utterance: builder.utterances.count - 1, line: line))
        }

        /// The words of a piece of content, with times written inside it moved out into annotations.
        private mutating func wordsAndMarks(_ content: Substring, utterance index: Int, line: Int) -> String {
            let marks = TimeMark.all(in: content)
            guard !marks.isEmpty else { return String(content) }
            var words = ""
            var from = content.startIndex
            for mark in marks {
                words += content[from..<mark.range.lowerBound]
                words += " "
                from = mark.range.upperBound
                builder.annotations.append(Annotation(
                    kind: "time", text: String(content[mark.range]), utteranceIndex: index, start: mark.time,
                    location: SourceLocation(file: builder.file, line: line,
                                             column: current.text.unicodeScalars.distance(from: current.text.startIndex, to: mark.range.lowerBound) + 1)))
            }
            words += content[from...]
            return words
        }
    }

    /// A line without Simple EXMARaLDA's trailing ` \` (the turn goes on on the next line).
    static func droppingLineContinuation(_ line: Substring) -> Substring {
        let trimmed = line.droppingTrailingSpaces()
        guard trimmed.hasSuffix("\\") else { return line }
        let before = trimmed.dropLast()
        guard let last = before.last, last == " " || last == "\t" else { return line }
        return before
    }
}
