/// The weights of a weighted κ: how much a disagreement between two ordered categories counts.
public enum KappaWeights: String, Hashable, Sendable, Codable, CaseIterable {
    /// |i − j|: each step between categories counts the same.
    case linear
    /// (i − j)²: distant disagreements count much more (equals the intraclass correlation in large samples).
    case quadratic

    /// The disagreement weight of categories at ranks `i` and `j`.
    func disagreement(_ i: Int, _ j: Int) -> Double {
        let d = Double(i - j)
        return self == .linear ? abs(d) : d * d
    }
}
