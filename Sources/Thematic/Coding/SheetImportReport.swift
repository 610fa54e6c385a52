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

    public var file: String
    public var coderID: String
    public var added: [Change] = []
    public var removed: [Change] = []
    /// Codings whose memo changed.
    public var memosChanged = 0

    /// Whether the sheet changed nothing (it was already applied).
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && memosChanged == 0 }
}
