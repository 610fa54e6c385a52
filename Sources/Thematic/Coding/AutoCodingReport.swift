import ThematicCoding
import ThematicModel

/// What `autocode` found, and (unless it was a dry run) stored.
public struct AutoCodingReport: Sendable, Hashable {
    /// One segment a rule codes, with its text for review.
    public struct Hit: Sendable, Hashable, Codable {
        public var ruleID: String
        public var codeID: String
        public var sourceID: String
        /// 1-based utterance number.
        public var utterance: Int
        public var span: TextSpan
        /// The matched words.
        public var match: String
        /// The coded text.
        public var text: String
        /// Whether the coding was new (false: the rule had coded it before).
        public var isNew: Bool
    }

    public var rules: [AutoCodingRule]
    public var hits: [Hit]
    public var dryRun: Bool

    /// Hits per rule id.
    public var countsByRule: [String: Int] { Dictionary(grouping: hits, by: \.ruleID).mapValues(\.count) }
}
