/// A rule that codes segments automatically: where its words or patterns occur, in the turns of
/// the speakers it names, it codes a unit of text with its code.
///
/// Codings a rule makes are recorded with the coder `auto:<id>` (``coderID``), so they can be
/// reviewed or removed as a batch.
public struct AutoCodingRule: Hashable, Sendable, Codable, Identifiable {
    /// A slug naming the rule; for a rule kept in the codebook, the id of its code.
    public var id: String
    /// The code the rule applies.
    public var codeID: String
    /// Words and phrases, matched case- and diacritic-insensitively as whole words; a trailing
    /// `*` matches any word ending (`trust*` matches trust, trusted, trustworthy).
    public var keywords: [String]
    /// Regular expressions (Swift `Regex` syntax), matched case-insensitively within each utterance.
    public var patterns: [String]
    /// Only turns of these speaker roles (empty: every role).
    public var roles: [SpeakerRole]
    /// Only turns of these speakers, by speaker id or name (empty: every speaker).
    public var speakers: [String]
    /// Only hits inside a segment already coded with this code (or a code below it).
    public var withinCodeID: String?
    /// How much text each hit codes.
    public var unit: CodingUnit

    public init(id: String, codeID: String, keywords: [String] = [], patterns: [String] = [],
                roles: [SpeakerRole] = [], speakers: [String] = [], withinCodeID: String? = nil,
                unit: CodingUnit = .sentence) {
        self.id = id
        self.codeID = codeID
        self.keywords = keywords
        self.patterns = patterns
        self.roles = roles
        self.speakers = speakers
        self.withinCodeID = withinCodeID
        self.unit = unit
    }

    /// The coder id its codings are recorded with: `auto:<id>`.
    public var coderID: String { Coder.automaticPrefix + id }
}
