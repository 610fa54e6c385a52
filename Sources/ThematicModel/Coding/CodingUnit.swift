/// How much text an auto-coding rule codes around a hit.
public enum CodingUnit: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Only the matched words.
    case match
    /// The sentence holding the match (within its utterance).
    case sentence
    /// The whole utterance holding the match.
    case utterance
    /// The utterance holding the match and `n` utterances before and after it.
    case around(Int)

    /// Reads `match`, `sentence`, `utterance` or `around:N` (also `around N`).
    public init?(name: String) {
        let trimmed = String(name.lowercased().drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
        switch trimmed {
        case "match": self = .match
        case "sentence": self = .sentence
        case "utterance": self = .utterance
        default:
            let parts = trimmed.split(whereSeparator: { $0 == ":" || $0 == " " })
            guard parts.count == 2, parts[0] == "around", let n = Int(parts[1]), n >= 0 else { return nil }
            self = .around(n)
        }
    }

    public var description: String {
        switch self {
        case .match: "match"
        case .sentence: "sentence"
        case .utterance: "utterance"
        case .around(let n): "around:\(n)"
        }
    }
}

