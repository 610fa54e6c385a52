/// Which family of thematic analysis a project follows (Braun & Clarke): it decides whether
/// agreement between coders is expected evidence (`single-coder-theme`) or not.
public enum ResearchApproach: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// A fixed codebook applied by several coders, agreement measured (Boyatzis, Guest et al.).
    case codingReliability = "coding-reliability"
    /// A structured codebook developed and applied; agreement optional (framework, template analysis).
    case codebook
    /// Coding as the researcher's interpretive work; agreement is not measured (Braun & Clarke).
    case reflexive

    public var description: String { rawValue }
}
