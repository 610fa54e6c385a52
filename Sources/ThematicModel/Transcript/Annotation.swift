/// Something a transcript records beside the words: a non-verbal event, a comment, a dependent
/// tier (`%mor`), a pause. Annotations are kept, but never mixed into the canonical text.
public struct Annotation: Hashable, Sendable, Codable {
    /// What kind of annotation it is, as the source format names it (`comment`, `event`, `%mor`, `kinesic` …).
    public var kind: String
    public var text: String
    /// The utterance it belongs to, as an index into ``Transcript/utterances``, if any.
    public var utteranceIndex: Int?
    public var start: Timecode?
    public var end: Timecode?
    public var location: SourceLocation?

    public init(kind: String, text: String, utteranceIndex: Int? = nil,
                start: Timecode? = nil, end: Timecode? = nil, location: SourceLocation? = nil) {
        self.kind = kind
        self.text = text
        self.utteranceIndex = utteranceIndex
        self.start = start
        self.end = end
        self.location = location
    }
}
