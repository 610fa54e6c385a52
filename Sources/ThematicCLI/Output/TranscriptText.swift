import ThematicModel

/// A transcript as people read it in a terminal: a header, then one numbered utterance a line.
enum TranscriptText {
    static func lines(_ transcript: Transcript) -> [String] {
        let index = TextIndex(transcript.text)
        var lines = ["# \(transcript.id): \(transcript.title)",
                     "# \(transcript.origin.format) from \(transcript.origin.fileName), "
                        + "\(transcript.utterances.count) utterances, \(transcript.wordCount(using: index)) words"
                        + (transcript.duration.map { ", \($0.formatted(alwaysShowMilliseconds: false))" } ?? "")]
        for key in transcript.metadata.keys.sorted() {
            lines.append("# \(key): \(transcript.metadata[key] ?? "")")
        }
        let width = String(transcript.utterances.count).count
        // Speakers by name, as `sources list` shows them (Transcriber's `spk1`, CHAT's `CHI` are ids).
        let names = Dictionary(transcript.speakers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for (offset, utterance) in transcript.utterances.enumerated() {
            let number = String(offset + 1)
            let time = utterance.start.map { "[\($0.formatted(alwaysShowMilliseconds: false))] " } ?? ""
            lines.append(String(repeating: " ", count: width - number.count) + number + "  " + time
                         + "\(names[utterance.speakerID] ?? utterance.speakerID): \(index.slice(utterance.span))")
        }
        return lines
    }
}
