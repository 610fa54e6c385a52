import Foundation

/// A source as `thematic sources list` shows it: what it is and how much it holds.
public struct SourceSummary: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var format: TranscriptFormat
    public var fileName: String
    public var sha256: String
    /// The current revision, from 1.
    public var revision: Int
    /// Speaker names in order of first appearance.
    public var speakers: [String]
    public var utteranceCount: Int
    public var wordCount: Int
    /// How long the recording runs, when the transcript has times.
    public var duration: Timecode?
    public var ingestedAt: Date

    public init(id: String, title: String, format: TranscriptFormat, fileName: String, sha256: String, revision: Int,
                speakers: [String], utteranceCount: Int, wordCount: Int, duration: Timecode?, ingestedAt: Date) {
        self.id = id
        self.title = title
        self.format = format
        self.fileName = fileName
        self.sha256 = sha256
        self.revision = revision
        self.speakers = speakers
        self.utteranceCount = utteranceCount
        self.wordCount = wordCount
        self.duration = duration
        self.ingestedAt = ingestedAt
    }
}
