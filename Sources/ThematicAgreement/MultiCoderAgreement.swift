/// Coefficients for any number of coders, built on the share of agreeing pairs of values in each
/// unit: percent agreement, Fleiss' κ, Brennan–Prediger κ and Gwet's AC1.
public enum MultiCoderAgreement {
    /// Percent agreement: in each unit coded by two or more coders, the share of pairs of coders who
    /// gave the same value, averaged over those units (for two coders: the share of units both
    /// coded alike).
    public static func percentAgreement(_ data: ReliabilityData) -> AgreementStatistic {
        let tally = UnitTally(data)
        guard tally.pairableUnits > 0 else {
            return .undefined(.percentAgreement, reason: "no unit was coded by two or more coders", coders: data.coders.count)
        }
        var result = AgreementStatistic.computed(.percentAgreement, value: tally.pairAgreement / tally.pairableUnits,
                                                 units: tally.pairableUnits, values: tally.pairableValues,
                                                 coders: tally.coders)
        result.observedAgreement = result.value
        return result
    }

    /// Fleiss' κ on the units every coder coded (complete data):
    /// (P̄ − P̄_e)/(1 − P̄_e), P̄_e = Σ p_j² over the categories' shares of all values.
    public static func fleissKappa(_ data: ReliabilityData) -> AgreementStatistic {
        let raters = data.coders.count
        guard raters >= 2 else { return .undefined(.fleissKappa, reason: "needs two or more coders", coders: raters) }
        let tally = UnitTally(data, onlyComplete: true)
        guard tally.pairableUnits > 0 else {
            return .undefined(.fleissKappa, reason: "no unit was coded by all \(raters) coders (Fleiss' κ needs complete data; see Krippendorff's α)",
                              coders: raters)
        }
        let used = tally.categoryValues.indices.filter { tally.categoryValues[$0] > 0 }
        guard used.count >= 2 else {
            return .undefined(.fleissKappa, reason: "no variation: every value is '\(data.categories[used[0]])'",
                              units: tally.pairableUnits, values: tally.pairableValues, coders: raters)
        }
        let observed = tally.pairAgreement / tally.pairableUnits
        let expected = used.reduce(0.0) { sum, c in
            let share = tally.categoryValues[c] / tally.pairableValues
            return sum + share * share
        }
        var result = AgreementStatistic.computed(.fleissKappa, value: (observed - expected) / (1 - expected),
                                                 units: tally.pairableUnits, values: tally.pairableValues, coders: raters)
        result.observedAgreement = observed
        result.chanceAgreement = expected
        return result
    }

    /// Brennan–Prediger κ (free-marginal κ): (p_a − 1/q)/(1 − 1/q).
    /// - Parameter categoryCount: q, the number of categories a coder could choose from; `nil` for
    ///   the number of categories in the data.
    public static func brennanPrediger(_ data: ReliabilityData, categoryCount: Int? = nil) -> AgreementStatistic {
        chanceCorrected(data, kind: .brennanPrediger, categoryCount: categoryCount) { _, q in 1 / Double(q) }
    }

    /// Gwet's AC1 (Gwet 2008): (p_a − p_e)/(1 − p_e), p_e = Σ π_k(1 − π_k)/(q − 1), π_k the mean over
    /// coded units of the share of the unit's values in category k.
    /// - Parameter categoryCount: q, as for ``brennanPrediger(_:categoryCount:)``.
    public static func gwetAC1(_ data: ReliabilityData, categoryCount: Int? = nil) -> AgreementStatistic {
        chanceCorrected(data, kind: .gwetAC1, categoryCount: categoryCount) { tally, q in
            let shares = tally.categoryShares.map { $0 / tally.codedUnits }
            return shares.reduce(0) { $0 + $1 * (1 - $1) } / Double(q - 1)
        }
    }

    private static func chanceCorrected(_ data: ReliabilityData, kind: AgreementStatistic.Kind, categoryCount: Int?,
                                        chance: (UnitTally, Int) -> Double) -> AgreementStatistic {
        let tally = UnitTally(data)
        guard tally.pairableUnits > 0 else {
            return .undefined(kind, reason: "no unit was coded by two or more coders", coders: data.coders.count)
        }
        let q = categoryCount ?? tally.categoryValues.filter { $0 > 0 }.count
        guard q >= 2 else {
            return .undefined(kind, reason: "only one category ('\(data.categories[tally.categoryValues.firstIndex { $0 > 0 }!])'): coders had nothing to choose between",
                              units: tally.pairableUnits, values: tally.pairableValues, coders: tally.coders)
        }
        let observed = tally.pairAgreement / tally.pairableUnits
        let expected = chance(tally, q)
        var result = AgreementStatistic.computed(kind, value: (observed - expected) / (1 - expected), units: tally.pairableUnits,
                                                 values: tally.pairableValues, coders: tally.coders)
        result.observedAgreement = observed
        result.chanceAgreement = expected
        return result
    }
}

/// Per-unit sums the multi-coder coefficients share, in one pass over the units.
struct UnitTally {
    /// Weight of units with two or more values (all coders' values when `onlyComplete`).
    var pairableUnits = 0.0
    /// Number of values in those units.
    var pairableValues = 0.0
    /// Σ over those units of the share of agreeing pairs.
    var pairAgreement = 0.0
    /// Values per category, in those units.
    var categoryValues: [Double]
    /// Weight of units with at least one value.
    var codedUnits = 0.0
    /// Σ over coded units of the share of the unit's values in each category (Gwet's π·n).
    var categoryShares: [Double]
    /// Coders with a value in a pairable unit.
    var coders = 0

    init(_ data: ReliabilityData, onlyComplete: Bool = false) {
        let k = data.categories.count
        categoryValues = [Double](repeating: 0, count: k)
        categoryShares = categoryValues
        let width = data.coders.count
        var counts = [Int](repeating: 0, count: k)
        var touched: [Int] = []
        var coderSeen = [Bool](repeating: false, count: width)
        for unit in 0..<data.unitCount {
            touched.removeAll(keepingCapacity: true)
            var m = 0
            for coder in 0..<width {
                let value = Int(data.values[unit * width + coder])
                guard value >= 0 else { continue }
                if counts[value] == 0 { touched.append(value) }
                counts[value] += 1
                m += 1
            }
            let weight = data.weight(unit)
            if m >= 1 {
                codedUnits += weight
                for c in touched { categoryShares[c] += weight * Double(counts[c]) / Double(m) }
            }
            if m >= 2, !onlyComplete || m == width {
                pairableUnits += weight
                pairableValues += weight * Double(m)
                var agreeing = 0
                for c in touched {
                    agreeing += counts[c] * (counts[c] - 1)
                    categoryValues[c] += weight * Double(counts[c])
                }
                pairAgreement += weight * Double(agreeing) / Double(m * (m - 1))
                for coder in 0..<width where data.values[unit * width + coder] >= 0 { coderSeen[coder] = true }
            }
            for c in touched { counts[c] = 0 }
        }
        coders = coderSeen.filter { $0 }.count
    }
}
