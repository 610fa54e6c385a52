/// An interview as Thematic holds it: one canonical text plus the structure found in it.
///
/// The canonical text is UTF-8 with LF line endings, no BOM and no Unicode normalisation, one
/// utterance a line rendered `Label: content`. Every span in the transcript, and every coding
/// made on it later, is a range of Unicode scalar offsets into ``text``.
public struct Transcript: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var text: String
    public var speakers: [Speaker]
    public var utterances: [Utterance]
    public var annotations: [Annotation]
    /// Header fields (`participant`, `date`, `interpreter` …) as the file gave them.
    public var metadata: [String: String]
    public var origin: TranscriptOrigin

    public init(id: String, title: String, text: String, speakers: [Speaker], utterances: [Utterance],
                annotations: [Annotation] = [], metadata: [String: String] = [:], origin: TranscriptOrigin) {
        self.id = id
        self.title = title
        self.text = text
        self.speakers = speakers
        self.utterances = utterances
        self.annotations = annotations
        self.metadata = metadata
        self.origin = origin
    }

    /// The speaker with this id, if the transcript has one.
    public func speaker(id: String) -> Speaker? {
        speakers.first { $0.id == id }
    }

    /// How long the recording runs, from the latest time any utterance or annotation carries (a
    /// time written mid-turn is an annotation); `nil` without times.
    public var duration: Timecode? {
        let spoken = utterances.lazy.compactMap { $0.end ?? $0.start }.max()
        let marked = annotations.lazy.compactMap { $0.end ?? $0.start }.max()
        return [spoken, marked].compactMap { $0 }.max()
    }

    /// The number of words spoken: white-space separated tokens of the utterances' content.
    public func wordCount(using index: TextIndex? = nil) -> Int {
        let index = index ?? TextIndex(text)
        var words = 0
        for utterance in utterances {
            var inWord = false
            for scalar in index.slice(utterance.span).unicodeScalars {
                // ASCII first: Unicode property look-ups dominate the cost otherwise.
                let isSpace = scalar.isASCII ? scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
                    : scalar.properties.isWhitespace
                if !isSpace, !inWord { words += 1 }
                inWord = !isSpace
            }
        }
        return words
    }
}
