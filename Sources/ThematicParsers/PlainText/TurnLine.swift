import ThematicModel

/// A line that opens a speaker turn in a dialogue transcript.
///
/// Recognised shapes (a time may stand before the label, inside bold, or right after the label):
/// `Interviewer: text`, `Interviewer1 :`, `**Name:** text`, `**Name**: text`, `[00:01:23] I: text`,
/// `**[00:01] SPEAKER_00:** text`, `**Emma** [0:18] text`, `**Sidney**  0:00` and Otter.ai's
/// `Unknown Speaker  1:02:03` (label alone, words on the next lines), `[id1] text` where a file
/// writes labels in brackets.
struct TurnLine {
    var label: Substring
    var content: Substring
    var start: Timecode?
    /// 1-based scalar column of the label in the line.
    var labelColumn: Int

    /// Recognises a turn-opening line, or returns `nil` for a continuation line.
    /// - Parameters:
    ///   - line: the line without its line break.
    ///   - bracketLabels: whether the file writes labels as `[Name] text`.
    ///   - isKnownSpeaker: whether a label already names a speaker of this transcript; a known
    ///     label is accepted even where the shape rules alone would doubt it.
    static func match(_ line: Substring, bracketLabels: Bool = false, isKnownSpeaker: (Substring) -> Bool) -> TurnLine? {
        var rest = line.droppingLeadingSpaces()
        var bold = false
        var start: Timecode?
        if rest.hasASCIIPrefix("**") { bold = true; rest = rest.dropFirst(2) }
        if let mark = TimeMark.leading(rest) {
            start = mark.time
            rest = rest[mark.range.upperBound...].droppingLeadingSpaces()
            if !bold, rest.hasASCIIPrefix("**") { bold = true; rest = rest.dropFirst(2) }
        } else if let (time, after) = bareLeadingTime(rest) {
            // `00:01:23 Interviewer: text`, as some exports write it; a label must still follow.
            start = time
            rest = after
        }
        func column(of index: String.Index) -> Int {
            line.unicodeScalars.distance(from: line.startIndex, to: index) + 1
        }
        if let otter = otterHeading(rest, bold: bold) {
            return TurnLine(label: otter.label, content: otter.content, start: start ?? otter.start,
                            labelColumn: column(of: otter.label.startIndex))
        }
        if bracketLabels, !bold, rest.first == "[", let close = rest.firstIndex(of: "]") {
            let label = rest[rest.index(after: rest.startIndex)..<close]
            if isPlausibleLabel(label) || (!label.isEmpty && isKnownSpeaker(label)) {
                return TurnLine(label: label, content: rest[rest.index(after: close)...], start: start,
                                labelColumn: column(of: label.startIndex))
            }
        }
        guard let colon = labelColon(rest, bold: bold) else { return nil }
        var afterColon = rest[rest.index(after: colon)...]
        if bold, afterColon.hasASCIIPrefix("**") { afterColon = afterColon.dropFirst(2) }
        var rawLabel = rest[..<colon].droppingTrailingSpaces()
        if bold, rawLabel.hasSuffix("**") { rawLabel = rawLabel.dropLast(2).droppingTrailingSpaces() }
        // `Name (00:01:23):` carries its time inside the label.
        if let mark = TimeMark.trailing(rawLabel), mark.range.lowerBound > rawLabel.startIndex {
            start = start ?? mark.time
            rawLabel = rawLabel[..<mark.range.lowerBound].droppingTrailingSpaces()
        }
        let label = rawLabel
        guard isPlausibleLabel(label) || (!label.isEmpty && isKnownSpeaker(label)) else { return nil }
        var content = afterColon
        if start == nil, let mark = TimeMark.leading(content) {
            start = mark.time
            content = content[mark.range.upperBound...]
        }
        return TurnLine(label: label, content: content, start: start, labelColumn: column(of: label.startIndex))
    }

    /// A time without brackets at the start of a line (`00:01:23 `, `1:23 `), and what follows it.
    private static func bareLeadingTime(_ rest: Substring) -> (Timecode, Substring)? {
        guard let first = rest.utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first),
              let space = rest.utf8.prefix(16).firstIndex(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }),
              let time = TimeMark.bare(rest[..<space]) else { return nil }
        return (time, rest[space...].droppingLeadingSpaces())
    }

    /// The colon that ends a label: the first one followed by a space, a tab, the end of the line
    /// or (in bold) `**` — so the colons of `Speaker 1 (00:03:00):` are passed over. Searched on
    /// bytes and only as far as a label can reach: most lines of a long transcript open no turn.
    private static func labelColon(_ rest: Substring, bold: Bool) -> String.Index? {
        let utf8 = rest.utf8
        var cursor = utf8.startIndex
        var scanned = 0
        while cursor < utf8.endIndex, scanned <= maximumLabelBytes {
            let next = utf8.index(after: cursor)
            if utf8[cursor] == UInt8(ascii: ":") {
                if next == utf8.endIndex || utf8[next] == UInt8(ascii: " ") || utf8[next] == UInt8(ascii: "\t") { return cursor }
                if bold, rest[next...].hasASCIIPrefix("**") { return cursor }
            }
            cursor = next
            scanned += 1
        }
        return nil
    }

    /// The longest label, in UTF-8 bytes, before its colon (40 scalars, some of them non-ASCII).
    private static let maximumLabelBytes = 160

    /// `Name  0:03` (Otter.ai), `**Name**  0:03` or `**Name** [0:03] text`: a label with a time and no colon.
    private static func otterHeading(_ rest: Substring, bold: Bool) -> (label: Substring, start: Timecode, content: Substring)? {
        if bold {
            guard let close = rest.utf8.firstRange(of: "**".utf8) else { return nil }
            let label = rest[..<close.lowerBound].droppingTrailingSpaces()
            guard !label.contains(":"), isPlausibleLabel(label) else { return nil }
            let after = rest[close.upperBound...].droppingLeadingSpaces()
            if let mark = TimeMark.leading(after) {
                return (label, mark.time, after[mark.range.upperBound...])
            }
            let timeText = after.prefix(while: { $0 != " " && $0 != "\t" })
            guard let time = TimeMark.bare(timeText),
                  after[timeText.endIndex...].allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
            return (label, time, after[after.endIndex...])
        }
        // Otter puts two spaces between name and time, and often two more after the time. A heading
        // is short and ends in a digit: check that on bytes before looking closer.
        guard rest.utf8.count <= 120 else { return nil }
        let trimmed = rest.droppingTrailingSpaces()
        guard let lastByte = trimmed.utf8.last, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lastByte) else { return nil }
        guard let lastSpace = trimmed.lastIndex(of: " "), lastSpace > trimmed.startIndex,
              trimmed[trimmed.index(before: lastSpace)] == " " else { return nil }
        let timeText = trimmed[trimmed.index(after: lastSpace)...]
        guard let time = TimeMark.bare(timeText) else { return nil }
        let label = trimmed[..<lastSpace].droppingTrailingSpaces()
        guard !label.contains(":"), isPlausibleLabel(label) else { return nil }
        return (label, time, trimmed[trimmed.endIndex...])
    }

    /// Whether text before a colon looks like a speaker label rather than the start of a sentence:
    /// short, made of name characters, and every word that starts with a letter capitalised
    /// unless it is a single word (`interviewer:`).
    static func isPlausibleLabel(_ label: Substring) -> Bool {
        guard label.utf8.count <= maximumLabelBytes else { return false }
        if label.utf8.allSatisfy({ $0 < 0x80 }) { return isPlausibleASCIILabel(label.utf8) }
        guard let first = label.first, first.isLetter || first.isNumber,
              label.unicodeScalars.count <= 40 else { return false }
        let allowed: Set<Character> = [" ", ".", "-", "'", "’", "_", ",", "(", ")"]
        guard label.allSatisfy({ $0.isLetter || $0.isNumber || allowed.contains($0) }) else { return false }
        let words = label.split(separator: " ")
        guard words.count <= 5 else { return false }
        if words.count == 1 { return true }
        return words.allSatisfy { word in
            guard let initial = word.first(where: { $0.isLetter || $0.isNumber }) else { return true }
            // Scripts without case (Arabic, CJK) count as capitalised: only a lowercase initial says "sentence".
            return initial.isNumber || !initial.isLowercase
        }
    }

    /// ``isPlausibleLabel(_:)`` for ASCII labels, on bytes: the common case, kept fast.
    private static func isPlausibleASCIILabel(_ bytes: Substring.UTF8View) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        guard let first = bytes.first, isLetter(first) || isDigit(first), bytes.count <= 40 else { return false }
        var words = 0
        var atWordStart = true
        var sawInitial = false
        var allCapitalised = true
        for byte in bytes {
            if byte == UInt8(ascii: " ") {
                atWordStart = true
                continue
            }
            guard isLetter(byte) || isDigit(byte) || ".-'_,()".utf8.contains(byte) else { return false }
            if atWordStart { words += 1; sawInitial = false; atWordStart = false }
            if !sawInitial, isLetter(byte) || isDigit(byte) {
                sawInitial = true
                if (0x61...0x7A).contains(byte) { allCapitalised = false }
            }
        }
        return words <= 5 && (words == 1 || allCapitalised)
    }
}
