/// The two-coder coefficients: Cohen's κ (plain and weighted) and Scott's π, on the units both
/// coders coded.
public enum PairwiseAgreement {
    /// Cohen's κ = (p_o − p_e)/(1 − p_e), p_e from each coder's own marginals.
    public static func cohenKappa(_ data: ReliabilityData) -> AgreementStatistic {
        chanceCorrected(data, kind: .cohenKappa) { first, second, _ in
            zip(first, second).reduce(0) { $0 + $1.0 * $1.1 }
        }
    }

    /// Scott's π: as κ, with p_e from the two coders' pooled marginals.
    public static func scottPi(_ data: ReliabilityData) -> AgreementStatistic {
        chanceCorrected(data, kind: .scottPi) { first, second, _ in
            zip(first, second).reduce(0) { $0 + (($1.0 + $1.1) / 2) * (($1.0 + $1.1) / 2) }
        }
    }

    /// Weighted κ (Cohen 1968) = 1 − Σ w·p_o / Σ w·p_e, with disagreement weights on the ranks of the
    /// categories the two coders used (as scikit-learn and statsmodels compute it).
    public static func weightedKappa(_ data: ReliabilityData, weights: KappaWeights) -> AgreementStatistic {
        let kind = AgreementStatistic.Kind.weightedKappa
        let variant = weights.rawValue
        if let problem = pairProblem(data) { return .undefined(kind, variant: variant, reason: problem, coders: data.coders.count) }
        guard data.isNumeric else {
            return .undefined(kind, variant: variant, reason: "weighted κ needs ordered categories (numbers); the data hold labels",
                              coders: 2)
        }
        let pair = PairTable(data)
        guard pair.total > 0 else {
            return .undefined(kind, variant: variant, reason: "no unit was coded by both coders", coders: 2)
        }
        let used = pair.usedCategories
        guard used.count >= 2 else {
            return .undefined(kind, variant: variant, reason: "no variation: both coders gave every unit '\(data.categories[used[0]])'",
                              units: pair.total, values: 2 * pair.total, coders: 2)
        }
        let rank = Dictionary(uniqueKeysWithValues: used.enumerated().map { ($1, $0) })
        var observed = 0.0
        for (key, count) in pair.cells { observed += count * weights.disagreement(rank[key.c]!, rank[key.k]!) }
        observed /= pair.total
        var expected = 0.0
        for c in used { for k in used where k != c {
            expected += pair.first[c] * pair.second[k] * weights.disagreement(rank[c]!, rank[k]!)
        } }
        expected /= pair.total * pair.total
        var result = AgreementStatistic.computed(kind, variant: variant, value: 1 - observed / expected, units: pair.total,
                                                 values: 2 * pair.total, coders: 2)
        result.observedDisagreement = observed
        result.expectedDisagreement = expected
        return result
    }

    /// Why two-coder coefficients do not apply, if they do not.
    static func pairProblem(_ data: ReliabilityData) -> String? {
        data.coders.count == 2 ? nil : "compares exactly two coders, and there are \(data.coders.count); see Fleiss' κ and Krippendorff's α"
    }

    private static func chanceCorrected(_ data: ReliabilityData, kind: AgreementStatistic.Kind,
                                        chance: (_ first: [Double], _ second: [Double], _ total: Double) -> Double) -> AgreementStatistic {
        if let problem = pairProblem(data) { return .undefined(kind, reason: problem, coders: data.coders.count) }
        let pair = PairTable(data)
        guard pair.total > 0 else { return .undefined(kind, reason: "no unit was coded by both coders", coders: 2) }
        let used = pair.usedCategories
        guard used.count >= 2 else {
            return .undefined(kind, reason: "no variation: both coders gave every unit '\(data.categories[used[0]])'",
                              units: pair.total, values: 2 * pair.total, coders: 2)
        }
        let observed = pair.agreeing / pair.total
        let expected = chance(pair.first.map { $0 / pair.total }, pair.second.map { $0 / pair.total }, pair.total)
        var result = AgreementStatistic.computed(kind, value: (observed - expected) / (1 - expected), units: pair.total,
                                                 values: 2 * pair.total, coders: 2)
        result.observedAgreement = observed
        result.chanceAgreement = expected
        return result
    }
}

/// The contingency table of two coders over the units both coded.
struct PairTable {
    /// (first coder's category, second coder's category) → weight.
    var cells: [Pair: Double] = [:]
    var first: [Double]
    var second: [Double]
    var total = 0.0
    var agreeing = 0.0

    struct Pair: Hashable {
        let c: Int
        let k: Int
    }

    init(_ data: ReliabilityData) {
        first = [Double](repeating: 0, count: data.categories.count)
        second = first
        for unit in 0..<data.unitCount {
            let a = data.values[unit * 2], b = data.values[unit * 2 + 1]
            guard a >= 0, b >= 0 else { continue }
            let weight = data.weight(unit)
            cells[Pair(c: Int(a), k: Int(b)), default: 0] += weight
            first[Int(a)] += weight
            second[Int(b)] += weight
            total += weight
            if a == b { agreeing += weight }
        }
    }

    /// Categories either coder used, in order.
    var usedCategories: [Int] { first.indices.filter { first[$0] > 0 || second[$0] > 0 } }
}
