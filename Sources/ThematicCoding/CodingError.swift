/// Why a coding operation, rule or query cannot be carried out as asked.
public enum CodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A segment reference such as `P01:12` that does not parse.
    case malformedReference(String)
    /// An utterance number outside the transcript.
    case utteranceOutOfRange(sourceID: String, utterance: Int, count: Int)
    /// A character range outside the text or empty.
    case characterRangeOutOfRange(sourceID: String, start: Int, end: Int, length: Int)
    /// A code the codebook does not have.
    case unknownCode(String)
    /// No code has that id or end of id; these are spelled nearly so (case, a typo, a name).
    case unknownCodeNear(String, suggestions: [String])
    /// A grouping node (not codable) used to code a segment.
    case notCodable(String)
    /// A short code name that fits several codes.
    case ambiguousCode(String, candidates: [String])
    /// A query that does not parse, with the character offset of the problem (0-based).
    case malformedQuery(message: String, query: String, offset: Int)
    /// A rule's regular expression that does not compile.
    case invalidPattern(ruleID: String, pattern: String, message: String)
    /// A rule that cannot work (no keywords and no patterns, a bad id).
    case invalidRule(ruleID: String, message: String)
    /// A codebook change that would break the codebook.
    case invalidCodebookChange(String)

    public var description: String {
        switch self {
        case .malformedReference(let text):
            "'\(text)' is not a segment reference; write SOURCE:N (utterance N), SOURCE:N-M (utterances N to M) or SOURCE@START-END (characters)"
        case .utteranceOutOfRange(let source, let utterance, let count):
            "source '\(source)' has utterances 1 to \(count); there is no utterance \(utterance)"
        case .characterRangeOutOfRange(let source, let start, let end, let length):
            "characters \(start)-\(end) are not a non-empty range within source '\(source)' (0 to \(length))"
        case .unknownCode(let id):
            "no code '\(id)' in the codebook"
        case .unknownCodeNear(let id, let suggestions):
            "no code '\(id)' in the codebook; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
        case .notCodable(let id):
            "code '\(id)' is a grouping node and cannot be used for coding"
        case .ambiguousCode(let name, let candidates):
            "'\(name)' could be any of \(candidates.joined(separator: ", ")); write the full code id"
        case .malformedQuery(let message, let query, let offset):
            "query: \(message) at character \(offset + 1) of '\(query)'"
        case .invalidPattern(let rule, let pattern, let message):
            "rule '\(rule)': pattern '\(pattern)' is not a valid regular expression: \(message)"
        case .invalidRule(let rule, let message):
            "rule '\(rule)': \(message)"
        case .invalidCodebookChange(let message):
            message
        }
    }
}
