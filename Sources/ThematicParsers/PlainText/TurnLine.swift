import ThematicModel

/// A line that opens a speaker turn in a dialogue transcript: `[00:01:23] Interviewer: text`.
struct TurnLine {
    var label: Substring
    var content: Substring
    var start: Timecode?
    /// 1-based scalar column of the label in the line.
    var labelColumn: Int

    /// Recognises a turn-opening line, or returns `nil` for a continuation line.
    /// - Parameters:
    ///   - line: the line without its line break.
    ///   - isKnownSpeaker: whether a label already names a speaker of this transcript; a known
    ///     label is accepted even where the shape rules alone would doubt it.
    static func match(_ line: Substring, isKnownSpeaker: (Substring) -> Bool) -> TurnLine? {
        var rest = line.drop(while: { $0 == " " || $0 == "\t" })
        var start: Timecode?
        if let (time, after) = leadingTimestamp(rest) {
            start = time
            rest = after.drop(while: { $0 == " " || $0 == "\t" })
        }
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let afterColon = rest[rest.index(after: colon)...]
        if let next = afterColon.first, next != " ", next != "\t" { return nil }
        let rawLabel = rest[..<colon]
        let label = rawLabel.trimmingTrailingSpaces()
        guard isPlausibleLabel(label) || (!label.isEmpty && isKnownSpeaker(label)) else { return nil }
        let labelColumn = line.unicodeScalars.distance(from: line.startIndex, to: rest.startIndex) + 1
        return TurnLine(label: label, content: afterColon, start: start, labelColumn: labelColumn)
    }

    /// A `[00:01:23]` or `(1:23)` time at the start of a line, and what follows it.
    static func leadingTimestamp(_ text: Substring) -> (Timecode, Substring)? {
        guard let open = text.first, let close: Character = open == "[" ? "]" : open == "(" ? ")" : nil,
              let closeIndex = text.firstIndex(of: close) else { return nil }
        let inside = text[text.index(after: text.startIndex)..<closeIndex]
        guard inside.contains(":"), let time = Timecode(parsing: inside) else { return nil }
        return (time, text[text.index(after: closeIndex)...])
    }

    /// Whether text before a colon looks like a speaker label rather than the start of a sentence:
    /// short, made of name characters, and every word that starts with a letter capitalised
    /// unless it is a single word (`interviewer:`).
    static func isPlausibleLabel(_ label: Substring) -> Bool {
        guard let first = label.first, first.isLetter || first.isNumber,
              label.unicodeScalars.count <= 40 else { return false }
        let allowed: Set<Character> = [" ", ".", "-", "'", "’", "_", ",", "(", ")"]
        guard label.allSatisfy({ $0.isLetter || $0.isNumber || allowed.contains($0) }) else { return false }
        let words = label.split(separator: " ")
        guard words.count <= 5 else { return false }
        if words.count == 1 { return true }
        return words.allSatisfy { word in
            guard let initial = word.first(where: { $0.isLetter || $0.isNumber }) else { return true }
            return initial.isNumber || initial.isUppercase
        }
    }
}

extension Substring {
    fileprivate func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard self[before] == " " || self[before] == "\t" else { break }
            end = before
        }
        return self[startIndex..<end]
    }
}
