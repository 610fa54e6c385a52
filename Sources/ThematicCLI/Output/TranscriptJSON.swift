import Thematic
import ThematicModel

/// A transcript as `thematic parse --format json` and `sources show --format json` print it.
struct TranscriptJSON: Encodable {
    struct SpeakerJSON: Encodable {
        var id: String
        var name: String
        var role: SpeakerRole
    }

    struct UtteranceJSON: Encodable {
        var index: Int
        var speaker: String
        var start_ms: Nullable<Int>
        var end_ms: Nullable<Int>
        var text: String
        var span: TextSpan
        var label_span: TextSpan
        var line: Int
    }

    var id: String
    var title: String
    var format: TranscriptFormat
    var file: String
    var sha256: String
    var speakers: [SpeakerJSON]
    var utterances: [UtteranceJSON]
    var annotations: [Annotation]
    var metadata: [String: String]
    var duration_ms: Nullable<Int>
    var words: Int
    var text: String

    init(_ transcript: Transcript) {
        let index = TextIndex(transcript.text)
        id = transcript.id
        title = transcript.title
        format = transcript.origin.format
        file = transcript.origin.fileName
        sha256 = transcript.origin.sha256
        speakers = transcript.speakers.map { SpeakerJSON(id: $0.id, name: $0.name, role: $0.role) }
        utterances = transcript.utterances.enumerated().map { offset, utterance in
            UtteranceJSON(index: offset + 1, speaker: utterance.speakerID, start_ms: Nullable(utterance.start?.milliseconds),
                          end_ms: Nullable(utterance.end?.milliseconds), text: String(index.slice(utterance.span)),
                          span: utterance.span, label_span: utterance.labelSpan, line: utterance.location.line)
        }
        annotations = transcript.annotations
        metadata = transcript.metadata
        duration_ms = Nullable(transcript.duration?.milliseconds)
        words = transcript.wordCount(using: index)
        text = transcript.text
    }
}
