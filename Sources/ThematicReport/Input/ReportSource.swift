import ThematicModel

/// One interview as the report lists it.
public struct ReportSource: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var title: String
    /// Who interviewed, as the transcript names them (`Dr. Hanna Berg (IV1)`); empty when unknown.
    public var interviewers: [String]
    /// How long the recording runs, when the transcript has times.
    public var duration: Timecode?
    public var wordCount: Int
    public var utteranceCount: Int
    /// The recording the transcript names (front matter `media:`, ELAN's `MEDIA_DESCRIPTOR`, TEI's
    /// `recordingStmt`), as written.
    public var media: String?

    public init(id: String, title: String, interviewers: [String] = [], duration: Timecode? = nil,
                wordCount: Int = 0, utteranceCount: Int = 0, media: String? = nil) {
        self.id = id
        self.title = title
        self.interviewers = interviewers
        self.duration = duration
        self.wordCount = wordCount
        self.utteranceCount = utteranceCount
        self.media = media
    }
}
