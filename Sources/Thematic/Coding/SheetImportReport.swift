import ThematicModel

/// What importing a coding sheet changed.
public struct SheetImportReport: Sendable, Hashable, Codable {
    /// One coding added or removed.
    public struct Change: Sendable, Hashable, Codable {
        public var sourceID: String
        /// 1-based utterance number.
        public var utterance: Int
        public var codeID: String
    }

    /// A row of a sheet made from an earlier revision that was applied to its utterance's new place.
    public struct Remap: Sendable, Hashable, Codable {
        public var sourceID: String
        public var fromRevision: Int
        public var fromUtterance: Int
        public var toRevision: Int
        public var toUtterance: Int
    }

    public var file: String
    public var coderID: String
    public var added: [Change] = []
    public var removed: [Change] = []
    /// Codings whose memo changed.
    public var memosChanged = 0
    /// Rows of a sheet made from an earlier revision, mapped onto the current one (every such row,
    /// whether or not it changed anything).
    public var remapped: [Remap] = []
    /// Memos that went with removed codings.
    public var removedMemos: [Memo] = []

    /// Whether the sheet changed nothing (it was already applied).
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && memosChanged == 0 }
}
