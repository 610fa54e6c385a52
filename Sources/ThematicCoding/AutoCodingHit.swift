import ThematicModel

/// One place an auto-coding rule fires, and the segment it codes there.
public struct AutoCodingHit: Hashable, Sendable {
    public var ruleID: String
    public var codeID: String
    public var sourceID: String
    /// The 0-based index of the utterance holding the match.
    public var utterance: Int
    /// The words or pattern matched.
    public var match: TextSpan
    /// The segment coded: the match, its sentence, its utterance or the utterances around it.
    public var span: TextSpan

    /// The coder id the coding is recorded with.
    public var coderID: String { Coder.automaticPrefix + ruleID }
}
