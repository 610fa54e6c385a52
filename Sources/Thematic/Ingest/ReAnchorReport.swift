import Foundation
import ThematicModel

/// What re-anchoring did with the codings of a source when a corrected transcript became its
/// next revision.
public struct ReAnchorReport: Sendable, Codable, Hashable {
    /// A coding re-anchoring could not place unchanged.
    public struct Entry: Sendable, Codable, Hashable {
        public var codingID: UUID
        public var codeID: String
        public var coderID: String
        /// The span in the old revision.
        public var oldSpan: TextSpan
        /// The span in the new revision (`nil` when the coding stays in the old revision).
        public var newSpan: TextSpan?
        /// The coded text in the old revision.
        public var oldText: String
    }

    public var sourceID: String
    public var fromRevision: Int
    public var toRevision: Int
    /// Codings whose text is unchanged, moved to the new revision.
    public var moved = 0
    /// Codings whose text was edited inside; moved and flagged.
    public var edited: [Entry] = []
    /// Codings whose text was deleted; kept in the old revision.
    public var lost: [Entry] = []
    /// Codings that became the same as another coding and were merged into it.
    public var merged = 0
}
