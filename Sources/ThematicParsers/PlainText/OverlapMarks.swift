import ThematicModel

/// Checks the overlap marks of the Simple EXMARaLDA convention (`Hallo, <Tim!>1>` in one turn,
/// `<Hallo>1>` in the overlapping turn): within a paragraph, a numbered mark joins turns of
/// different speakers, so one speaker using the same number twice is a transcription error.
struct OverlapMarks {
    private var firstUse: [Int: (speaker: String, line: Int)] = [:]

    /// Forgets the marks of the paragraph that ended.
    mutating func endParagraph() { firstUse.removeAll(keepingCapacity: true) }

    /// Registers the marks in one line of a turn.
    /// - Throws: ``ParseError/malformed(message:at:)`` at the `<` of a mark its speaker already used.
    /// - Parameters:
    ///   - words: the part of the line that holds the turn's words.
    ///   - line: the whole line, for the column.
    mutating func check(_ words: Substring, of line: Lines.Line, speaker: String, file: String) throws(ParseError) {
        let lineNumber = line.number
        let utf8 = words.utf8
        guard utf8.contains(UInt8(ascii: ">")) else { return }
        var lastOpen: String.Index?
        var cursor = utf8.startIndex
        while cursor < utf8.endIndex {
            let byte = utf8[cursor]
            if byte == UInt8(ascii: "<") { lastOpen = cursor }
            guard byte == UInt8(ascii: ">"), let open = lastOpen else { cursor = utf8.index(after: cursor); continue }
            var digitsEnd = utf8.index(after: cursor)
            var number = 0
            while digitsEnd < utf8.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(utf8[digitsEnd]), number < 1_000 {
                number = number * 10 + Int(utf8[digitsEnd] - UInt8(ascii: "0"))
                digitsEnd = utf8.index(after: digitsEnd)
            }
            guard digitsEnd > utf8.index(after: cursor), digitsEnd < utf8.endIndex, utf8[digitsEnd] == UInt8(ascii: ">") else {
                cursor = utf8.index(after: cursor)
                continue
            }
            if let first = firstUse[number], first.speaker == speaker {
                let column = line.text.unicodeScalars.distance(from: line.text.startIndex, to: open) + 1
                throw .malformed(
                    message: "overlap mark \(number) is used twice by \(speaker) in one paragraph (first on line \(first.line)); an overlap joins turns of different speakers",
                    at: SourceLocation(file: file, line: lineNumber, column: column))
            }
            firstUse[number] = (speaker, lineNumber)
            lastOpen = nil
            cursor = utf8.index(after: digitsEnd)
        }
    }
}
