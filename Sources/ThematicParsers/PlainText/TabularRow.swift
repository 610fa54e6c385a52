import ThematicModel

/// A tab-separated transcript row: ELAN's tab export (`Speaker 1⇥00:01:03.315⇥00:01:04.005⇥00:00:00.690⇥text`)
/// or a Zoom chat log (`00:05:16⇥Ryan Sloan:⇥text`).
///
/// The last field is the text; before it stand one label and one or more times. The first time
/// is the start, a second one the end (a third, ELAN's duration, is left aside).
struct TabularRow {
    var label: Substring
    var content: Substring
    var start: Timecode
    var end: Timecode?
    /// 1-based scalar column of the label in the line.
    var labelColumn: Int

    /// Recognises a tab-separated row, or returns `nil` for a line of another shape.
    static func match(_ line: Substring) -> TabularRow? {
        guard line.utf8.contains(UInt8(ascii: "\t")) else { return nil }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count >= 3, let content = fields.last else { return nil }
        var times: [Timecode] = []
        var label: Substring?
        for field in fields.dropLast() {
            let trimmed = field.droppingLeadingSpaces().droppingTrailingSpaces()
            if let time = TimeMark.bare(trimmed) ?? seconds(trimmed) {
                times.append(time)
            } else if label == nil, !trimmed.isEmpty {
                label = trimmed.hasSuffix(":") ? trimmed.dropLast().droppingTrailingSpaces() : trimmed
            } else if !trimmed.isEmpty {
                return nil
            }
        }
        guard let label, let start = times.first, TurnLine.isPlausibleLabel(label) else { return nil }
        let end = times.count > 1 && times[1] >= start ? times[1] : nil
        let column = line.unicodeScalars.distance(from: line.startIndex, to: label.startIndex) + 1
        return TabularRow(label: label, content: content, start: start, end: end, labelColumn: column)
    }

    /// Seconds written as a decimal number (`63.315`), as ELAN's other tab export writes them.
    private static func seconds(_ field: Substring) -> Timecode? {
        guard field.contains("."), field.allSatisfy({ $0 == "." || ($0.isASCII && $0.isNumber) }) else { return nil }
        return Timecode(parsing: field)
    }
}
