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
    /// The hits, in source and text order; empty when they were handed to a callback instead
    /// (see ``Project/autocode(rules:sources:dryRun:onHit:)``).
    public var hits: [Hit]
    public var dryRun: Bool
    /// Hits per rule id.
    public private(set) var countsByRule: [String: Int] = [:]
    /// How many hits were new codings (stored, or that would be stored in a dry run).
    public private(set) var newCount = 0
    /// How many hits there were in all.
    public private(set) var hitCount = 0

    public init(rules: [AutoCodingRule], hits: [Hit] = [], dryRun: Bool) {
        self.rules = rules
        self.hits = []
        self.dryRun = dryRun
        hits.forEach { count($0) }
        self.hits = hits
    }

    /// Counts a hit (without keeping it).
    mutating func count(_ hit: Hit) {
        countsByRule[hit.ruleID, default: 0] += 1
        hitCount += 1
        if hit.isNew { newCount += 1 }
    }
}
