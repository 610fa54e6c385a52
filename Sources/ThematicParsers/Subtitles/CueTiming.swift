import ThematicModel

/// A cue's timing line, `00:00:01.000 --> 00:00:04.000 align:start`, as WebVTT and SRT write it.
struct CueTiming {
    var start: Timecode
    var end: Timecode

    /// Whether a line is meant as a timing line (it holds the `-->` arrow).
    static func isTimingLine(_ line: Substring) -> Bool {
        line.utf8.firstRange(of: "-->".utf8) != nil
    }

    /// Reads a timing line.
    /// - Parameters:
    ///   - line: the line, which holds `-->`.
    ///   - separators: the characters allowed before the milliseconds (`.` for WebVTT, `,` and `.` for SRT).
    ///   - lineNumber: for errors.
    ///   - file: for errors.
    /// - Throws: ``ParseError/malformed(message:at:)`` at the column of the time that is not well formed.
    static func parse(_ line: Substring, separators: Set<Character>, example: String,
                      lineNumber: Int, file: String) throws(ParseError) -> CueTiming {
        guard let arrow = line.range(of: "-->") else {
            throw .malformed(message: "expected a timing line '\(example)'", at: SourceLocation(file: file, line: lineNumber))
        }
        let left = line[..<arrow.lowerBound].droppingLeadingSpaces().droppingTrailingSpaces()
        let right = line[arrow.upperBound...].droppingLeadingSpaces()
        // Cue settings (WebVTT) or coordinates (SRT) may follow the end time.
        let endText = right.prefix(while: { $0 != " " && $0 != "\t" })
        func column(_ text: Substring) -> Int { line.unicodeScalars.distance(from: line.startIndex, to: text.startIndex) + 1 }
        func time(_ text: Substring) throws(ParseError) -> Timecode {
            guard let separator = text.last(where: { !$0.isNumber }), separators.contains(separator),
                  text.contains(":"), let time = Timecode(parsing: text) else {
                let shown = text.isEmpty ? "nothing" : "'\(text)'"
                throw .malformed(message: "malformed cue time \(shown): expected a time with milliseconds as in '\(example)'",
                                 at: SourceLocation(file: file, line: lineNumber, column: column(text)))
            }
            return time
        }
        return CueTiming(start: try time(left), end: try time(endText))
    }
}

extension Substring {
    /// The range of the first occurrence of an ASCII needle, found on UTF-8 bytes.
    fileprivate func range(of needle: String) -> Range<String.Index>? {
        guard let found = utf8.firstRange(of: needle.utf8) else { return nil }
        return found.lowerBound..<found.upperBound
    }
}
