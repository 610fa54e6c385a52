/// One speaker's turn: a line `Label: content` of the canonical text.
public struct Utterance: Hashable, Sendable, Codable {
    /// The ``Speaker/id`` of who speaks.
    public var speakerID: String
    /// The content, without the label (what codings usually select).
    public var span: TextSpan
    /// The speaker label at the start of the line, without the `: ` that follows it.
    public var labelSpan: TextSpan
    /// When the turn starts in the recording, if the transcript says.
    public var start: Timecode?
    /// When the turn ends in the recording, if the transcript says or the next turn implies it.
    public var end: Timecode?
    /// Where the turn begins in the original file.
    public var location: SourceLocation

    public init(speakerID: String, span: TextSpan, labelSpan: TextSpan,
                start: Timecode? = nil, end: Timecode? = nil, location: SourceLocation) {
        self.speakerID = speakerID
        self.span = span
        self.labelSpan = labelSpan
        self.start = start
        self.end = end
        self.location = location
    }
}
