import ThematicModel

/// Builds a transcript the way the parsers render one: `Label: content\n` per utterance.
func transcript(_ id: String = "T1", _ turns: [(String, String)], roles: [String: SpeakerRole] = [:]) -> Transcript {
    var text = ""
    var utterances: [Utterance] = []
    var speakers: [Speaker] = []
    for (line, (label, content)) in turns.enumerated() {
        if !speakers.contains(where: { $0.id == label }) {
            speakers.append(Speaker(id: label, name: label, role: roles[label] ?? (label == "I" ? .interviewer : .participant)))
        }
        let labelStart = text.unicodeScalars.count
        text += label + ": "
        let start = text.unicodeScalars.count
        text += content
        let end = text.unicodeScalars.count
        text += "\n"
        utterances.append(Utterance(speakerID: label, span: TextSpan(start: start, end: end),
                                    labelSpan: TextSpan(start: labelStart, end: labelStart + label.unicodeScalars.count),
                                    start: Timecode(milliseconds: line * 10_000),
                                    location: SourceLocation(file: "\(id).txt", line: line + 1, column: 1)))
    }
    return Transcript(id: id, title: id, text: text, speakers: speakers, utterances: utterances,
                      origin: TranscriptOrigin(format: .plainText, fileName: "\(id).txt", sha256: ""))
}

/// The text a span covers.
func slice(_ text: String, _ span: TextSpan) -> String {
    let scalars = Array(text.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[span.start..<span.end])
    return String(view)
}

/// The span of the first occurrence of `needle` in `text`, in scalar offsets.
func span(of needle: String, in text: String, occurrence: Int = 1) -> TextSpan {
    let scalars = Array(text.unicodeScalars), target = Array(needle.unicodeScalars)
    var seen = 0
    for start in 0...(scalars.count - target.count) where Array(scalars[start..<start + target.count]) == target {
        seen += 1
        if seen == occurrence { return TextSpan(start: start, end: start + target.count) }
    }
    fatalError("'\(needle)' not in text")
}
