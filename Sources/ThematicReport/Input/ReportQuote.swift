import ThematicModel

/// An exemplar extract: the words, and where they were said.
public struct ReportQuote: Hashable, Sendable, Codable {
    /// The extract as transcribed.
    public var text: String
    public var sourceID: String
    /// The 1-based number of the utterance in its source.
    public var utterance: Int?
    /// The speaker's name as the transcript labels them.
    public var speaker: String
    public var role: SpeakerRole
    /// When the utterance starts in the recording, if the transcript says.
    public var start: Timecode?
    /// The source's recording, if it names one: the time code becomes `media#t=SECONDS`.
    public var media: String?
    /// The codes the extract carries.
    public var codes: [String]

    public init(text: String, sourceID: String, utterance: Int? = nil, speaker: String, role: SpeakerRole,
                start: Timecode? = nil, media: String? = nil, codes: [String] = []) {
        self.text = text
        self.sourceID = sourceID
        self.utterance = utterance
        self.speaker = speaker
        self.role = role
        self.start = start
        self.media = media
        self.codes = codes
    }

    /// The link that opens the recording at the quote, when both the recording and the time are known.
    public var mediaLink: String? {
        guard let media, let start else { return nil }
        return MediaLink.href(media: media, at: start)
    }
}
