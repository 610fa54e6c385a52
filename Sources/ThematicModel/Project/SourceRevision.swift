import Foundation

/// One stored revision of a source: what `thematic sources revisions P01` lists.
public struct SourceRevision: Hashable, Sendable, Codable {
    public var sourceID: String
    public var revision: Int
    public var fileName: String
    public var sha256: String
    public var ingestedAt: Date
    public var ingestedBy: String
    public var wordCount: Int
    /// Codings on this revision (on an old revision: those that could not be moved forward).
    public var codings: Int
    /// Of those, how many re-anchoring flagged because their text was edited.
    public var flaggedCodings: Int

    public init(sourceID: String, revision: Int, fileName: String, sha256: String, ingestedAt: Date, ingestedBy: String,
                wordCount: Int, codings: Int, flaggedCodings: Int) {
        self.sourceID = sourceID
        self.revision = revision
        self.fileName = fileName
        self.sha256 = sha256
        self.ingestedAt = ingestedAt
        self.ingestedBy = ingestedBy
        self.wordCount = wordCount
        self.codings = codings
        self.flaggedCodings = flaggedCodings
    }
}
