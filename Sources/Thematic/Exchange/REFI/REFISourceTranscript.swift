import Foundation
import ThematicModel

/// A source imported from REFI-QDA as a ``Transcript``: its text kept exactly (canonical line
/// ends), each non-empty line one utterance, `Label: ` at the start of a line read as a speaker.
enum REFISourceTranscript {
    /// The longest label read as a speaker.
    static let maximumLabelLength = 40

    static func make(id: String, title: String, text: String, guid: UUID, origin: String, sha256: String) -> Transcript {
        var speakers: [Speaker] = []
        var speakerIDs: [String: String] = [:]
        var utterances: [Utterance] = []
        var offset = 0
        var lineNumber = 1
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let scalars = Array(line.unicodeScalars)
            defer {
                offset += scalars.count + 1
                lineNumber += 1
            }
            let firstContent = scalars.firstIndex { !$0.properties.isWhitespace }
            guard let firstContent else { continue }
            var label = "text"
            var labelSpan = TextSpan(start: offset + firstContent, end: offset + firstContent)
            var contentStart = firstContent
            if let colon = scalars.firstIndex(of: ":"), colon > firstContent, colon - firstContent <= maximumLabelLength,
               colon + 1 < scalars.count, scalars[colon + 1] == " ",
               !scalars[firstContent..<colon].contains(where: { ".?!".unicodeScalars.contains($0) }) {
                label = String(String.UnicodeScalarView(scalars[firstContent..<colon]))
                labelSpan = TextSpan(start: offset + firstContent, end: offset + colon)
                contentStart = colon + 2
            }
            var end = scalars.count
            while end > contentStart, scalars[end - 1].properties.isWhitespace { end -= 1 }
            guard end > contentStart else { continue }
            let key = label.lowercased()
            if speakerIDs[key] == nil {
                let speakerID = label == "text" ? "text" : label
                speakerIDs[key] = speakerID
                speakers.append(Speaker(id: speakerID, name: label, role: label == "text" ? .other : .participant))
            }
            utterances.append(Utterance(speakerID: speakerIDs[key]!, span: TextSpan(start: offset + contentStart, end: offset + end),
                                        labelSpan: labelSpan, start: nil, end: nil,
                                        location: SourceLocation(file: title, line: lineNumber, column: contentStart + 1)))
        }
        return Transcript(id: id, title: title, text: text, speakers: speakers, utterances: utterances,
                          metadata: ["refi_guid": guid.uuidString, "refi_origin": origin],
                          origin: TranscriptOrigin(format: .refiQDA, fileName: title, sha256: sha256))
    }
}
