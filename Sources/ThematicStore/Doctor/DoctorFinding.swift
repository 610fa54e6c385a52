/// One thing `thematic doctor` found wrong in a project file.
public struct DoctorFinding: Hashable, Sendable, Codable {
    /// What kind of damage it is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// SQLite's `PRAGMA integrity_check` reports a damaged page or index.
        case integrity
        /// A row refers to a row that does not exist (`PRAGMA foreign_key_check`).
        case foreignKey = "foreign-key"
        /// A memo about a code, coding or source that no longer exists.
        case orphanMemo = "orphan-memo"
        /// A coding on a source revision that does not exist.
        case orphanCoding = "orphan-coding"
        /// A theme naming a code that does not exist.
        case orphanThemeLink = "orphan-theme-link"
        /// A coding whose range lies outside its revision's text.
        case spanOutsideText = "span-outside-text"
        /// A coding on a code that is a grouping node (not codable).
        case codingOnUncodable = "coding-on-uncodable-code"
        /// A code whose id does not sit below its stored parent (a parent renamed without it).
        case misplacedCode = "misplaced-code"
        /// A stored value that cannot be read back: a bad date, identity or JSON.
        case unreadableValue = "unreadable-value"
        /// The audit trail does not account for the data (a source revision no ingest event names).
        case eventMismatch = "event-mismatch"
    }

    public var kind: Kind
    /// What is wrong, for a researcher.
    public var message: String
    /// What `--repair` does about it, or `nil` when it cannot be repaired safely (with advice in `advice`).
    public var repair: String?
    /// What to do when `--repair` cannot.
    public var advice: String?

    public init(kind: Kind, message: String, repair: String? = nil, advice: String? = nil) {
        self.kind = kind
        self.message = message
        self.repair = repair
        self.advice = advice
    }
}
