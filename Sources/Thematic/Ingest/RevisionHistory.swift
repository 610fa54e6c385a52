import ThematicModel

/// A source's revisions and the codings re-anchoring could not simply move: what
/// `thematic sources revisions` shows for review.
public struct RevisionHistory: Sendable, Hashable, Codable {
    /// A coding with the text it covers.
    public struct Entry: Sendable, Hashable, Codable {
        public var coding: Coding
        public var text: String
        /// Why it needs review (`edited in revision 3`), for a flagged coding.
        public var flag: String?
    }

    public var revisions: [SourceRevision]
    /// Codings left on older revisions because their text was deleted.
    public var leftBehind: [Entry]
    /// Codings on the current revision whose text was edited by a correction.
    public var flagged: [Entry]
}
