import ThematicModel

/// A time written into dialogue text: `[00:01:23]`, `(00:01:23)`, `[1:23]`, `{00:01:23}`,
/// `#00:01:23.4#` or `#00:01:23-4#` (ATLAS.ti / f4), `\[03:48\]` (escaped Markdown) and `[0.6s]`
/// (seconds, as WhisperX writes them).
///
/// Recognition works on UTF-8 bytes and looks at most a few dozen bytes past the opening
/// bracket, so scanning a line for marks stays linear.
struct TimeMark {
    var time: Timecode
    /// Where the mark, brackets included, lies in the text it was found in.
    var range: Range<String.Index>

    /// The longest stretch of time characters a mark may hold (`123:59:59.999999` and some slack).
    private static let maximumInside = 24

    /// A mark starting exactly at `index` of `text`, if there is one.
    static func at(_ index: String.Index, in text: Substring) -> TimeMark? {
        let utf8 = text.utf8
        guard index < utf8.endIndex else { return nil }
        var cursor = index
        var escaped = false
        if utf8[cursor] == UInt8(ascii: "\\") {
            escaped = true
            cursor = utf8.index(after: cursor)
            guard cursor < utf8.endIndex, utf8[cursor] == UInt8(ascii: "[") else { return nil }
        }
        let open = utf8[cursor]
        let close: UInt8
        switch open {
        case UInt8(ascii: "["): close = UInt8(ascii: "]")
        case UInt8(ascii: "("): close = UInt8(ascii: ")")
        case UInt8(ascii: "{"): close = UInt8(ascii: "}")
        case UInt8(ascii: "#"): close = UInt8(ascii: "#")
        default: return nil
        }
        let insideStart = utf8.index(after: cursor)
        cursor = insideStart
        var length = 0
        while cursor < utf8.endIndex, length <= maximumInside, isTimeByte(utf8[cursor]) {
            cursor = utf8.index(after: cursor)
            length += 1
        }
        guard length > 0, length <= maximumInside else { return nil }
        let inside = text[insideStart..<cursor]
        if escaped {
            guard cursor < utf8.endIndex, utf8[cursor] == UInt8(ascii: "\\") else { return nil }
            cursor = utf8.index(after: cursor)
        }
        guard cursor < utf8.endIndex, utf8[cursor] == close else { return nil }
        let end = utf8.index(after: cursor)
        guard let time = parseInside(inside, allowDashFraction: open == UInt8(ascii: "#")) else { return nil }
        return TimeMark(time: time, range: index..<end)
    }

    /// The mark at the start of `text`, leading spaces skipped.
    static func leading(_ text: Substring) -> TimeMark? {
        at(text.droppingLeadingSpaces().startIndex, in: text)
    }

    /// The mark that ends `text`, trailing spaces skipped.
    static func trailing(_ text: Substring) -> TimeMark? {
        let utf8 = text.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let before = utf8.index(before: end)
            guard utf8[before] == UInt8(ascii: " ") || utf8[before] == UInt8(ascii: "\t") else { break }
            end = before
        }
        // Walk back over the closer and the time characters to the opener (or its escaping backslash).
        guard end > utf8.startIndex else { return nil }
        var cursor = utf8.index(before: end)
        guard isCloser(utf8[cursor]) else { return nil }
        var steps = 0
        while cursor > utf8.startIndex, steps <= maximumInside + 2 {
            cursor = utf8.index(before: cursor)
            steps += 1
            let byte = utf8[cursor]
            if isOpener(byte) {
                if byte == UInt8(ascii: "["), cursor > utf8.startIndex, utf8[utf8.index(before: cursor)] == UInt8(ascii: "\\"),
                   let mark = at(utf8.index(before: cursor), in: text), mark.range.upperBound == end {
                    return mark
                }
                guard let mark = at(cursor, in: text), mark.range.upperBound == end else { return nil }
                return mark
            }
            guard isTimeByte(byte) || byte == UInt8(ascii: "\\") else { return nil }
        }
        return nil
    }

    /// Every mark in `text`, in order.
    static func all(in text: Substring) -> [TimeMark] {
        var marks: [TimeMark] = []
        let utf8 = text.utf8
        var cursor = utf8.startIndex
        while cursor < utf8.endIndex {
            let byte = utf8[cursor]
            if isOpener(byte) || byte == UInt8(ascii: "\\"), let mark = at(cursor, in: text) {
                marks.append(mark)
                cursor = mark.range.upperBound
            } else {
                cursor = utf8.index(after: cursor)
            }
        }
        return marks
    }

    /// A bare time (`0:03`, `1:02:03`) filling all of `text`: how Otter.ai heads a turn.
    static func bare(_ text: Substring) -> Timecode? {
        guard text.utf8.count <= maximumInside, text.utf8.contains(UInt8(ascii: ":")) else { return nil }
        return time(text.utf8[...], fractionSeparators: [UInt8(ascii: "."), UInt8(ascii: ",")])
    }

    private static func parseInside(_ inside: Substring, allowDashFraction: Bool) -> Timecode? {
        let bytes = inside.utf8
        if bytes.last == UInt8(ascii: "s") {
            // `[0.6s]`: seconds only.
            let number = bytes.dropLast()
            guard !number.contains(UInt8(ascii: ":")) else { return nil }
            return time(number, fractionSeparators: [UInt8(ascii: "."), UInt8(ascii: ",")])
        }
        guard bytes.contains(UInt8(ascii: ":")) else { return nil }
        // f4 writes tenths after a dash: `#00:01:23-4#`.
        return time(bytes[...], fractionSeparators: allowDashFraction ? [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "-")]
                                                                      : [UInt8(ascii: "."), UInt8(ascii: ",")])
    }

    /// Reads `h:mm:ss`, `mm:ss` or `ss` with an optional fraction, on bytes, by the rules of
    /// `Timecode(parsing:)` (which reads characters, too slowly for every bracket of a large file).
    static func time(_ bytes: Substring.UTF8View.SubSequence, fractionSeparators: [UInt8]) -> Timecode? {
        var fields: [Int] = []
        var current = 0, digits = 0
        var fractionMillis = 0, fractionDigits = 0, inFraction = false
        for byte in bytes {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                if inFraction {
                    fractionDigits += 1
                    guard fractionDigits <= 9 else { return nil }
                    if fractionDigits <= 3 { fractionMillis = fractionMillis * 10 + Int(byte - UInt8(ascii: "0")) }
                } else {
                    digits += 1
                    guard digits <= 9 else { return nil }
                    current = current * 10 + Int(byte - UInt8(ascii: "0"))
                }
            } else if byte == UInt8(ascii: ":"), !inFraction {
                guard digits >= 1, digits <= 3, fields.count < 2 else { return nil }
                fields.append(current)
                current = 0
                digits = 0
            } else if fractionSeparators.contains(byte), !inFraction {
                guard digits >= 1 else { return nil }
                inFraction = true
            } else {
                return nil
            }
        }
        guard digits >= 1, !inFraction || fractionDigits >= 1 else { return nil }
        if !fields.isEmpty { guard digits <= 2, current < 60 else { return nil } }
        if fields.count == 2, fields[1] >= 60 { return nil }
        while fractionDigits < 3, fractionDigits > 0 { fractionMillis *= 10; fractionDigits += 1 }
        let minutes = fields.reduce(0) { $0 * 60 + $1 }
        return Timecode(milliseconds: (minutes * 60 + current) * 1000 + fractionMillis)
    }

    private static func isOpener(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "#")
    }

    private static func isCloser(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "]") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "#")
    }

    private static func isTimeByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "s")
    }
}
