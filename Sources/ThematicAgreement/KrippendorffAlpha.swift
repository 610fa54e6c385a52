/// Krippendorff's α through the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
/// Alpha-Reliability"): any number of coders, missing values, four metrics.
///
/// One pass over the units fills the coincidence matrix o(c,k) — each ordered pair of values
/// from different coders in a unit of m values adds 1/(m−1) — and α = 1 − D_o/D_e with
/// D_o = Σ o(c,k)·δ²(c,k) / n and D_e = Σ n_c·n_k·δ²(c,k) / (n(n−1)). The expected disagreement
/// costs O(K) for nominal, interval and ordinal data (ordinal δ is the difference of the
/// categories' cumulative mid-ranks), O(K²) for ratio data.
public enum KrippendorffAlpha {
    /// Above this many categories the coincidence matrix is kept sparse.
    static let denseLimit = 1024

    /// α of `data` at `metric`.
    public static func compute(_ data: ReliabilityData, metric: AgreementMetric) -> AgreementStatistic {
        let kind = AgreementStatistic.Kind.krippendorffAlpha
        let variant = metric.rawValue
        if metric.needsNumbers, !data.isNumeric {
            return .undefined(kind, variant: variant, reason: "\(metric) α needs numbers, and the data hold labels such as '\(data.categories.last!)'",
                              coders: data.coders.count)
        }
        let coincidences = Coincidences(data)
        let n = coincidences.marginals.reduce(0, +)
        let pairableUnits = coincidences.pairableUnits
        let coders = coincidences.codersWithPairableValues
        guard n >= 2 else {
            return .undefined(kind, variant: variant,
                              reason: "fewer than two pairable values (a value is pairable when another coder also coded its unit)",
                              units: pairableUnits, values: n, coders: coders)
        }
        let used = coincidences.marginals.indices.filter { coincidences.marginals[$0] > 0 }
        guard used.count >= 2 else {
            return .undefined(kind, variant: variant, reason: "no variation: every pairable value is '\(data.categories[used[0]])'",
                              units: pairableUnits, values: n, coders: coders)
        }
        let position = positions(data, metric: metric, marginals: coincidences.marginals)
        func delta(_ c: Int, _ k: Int) -> Double {
            switch metric {
            case .nominal: return c == k ? 0 : 1
            case .ordinal, .interval:
                let d = position[c] - position[k]
                return d * d
            case .ratio:
                let a = position[c], b = position[k]
                guard a + b != 0 else { return 0 }
                let d = (a - b) / (a + b)
                return d * d
            }
        }
        var observed = 0.0
        coincidences.forEach { c, k, count in if c != k { observed += count * delta(c, k) } }
        var expected = 0.0
        let marginals = coincidences.marginals
        switch metric {
        case .nominal:
            expected = n * n - used.reduce(0) { $0 + marginals[$1] * marginals[$1] }
        case .ordinal, .interval:
            // Σ_c Σ_k n_c n_k (x_c − x_k)² = 2(n Σ n_c x_c² − (Σ n_c x_c)²), centred for accuracy.
            let mean = used.reduce(0) { $0 + marginals[$1] * position[$1] } / n
            expected = 2 * n * used.reduce(0) { $0 + marginals[$1] * (position[$1] - mean) * (position[$1] - mean) }
        case .ratio:
            for c in used { for k in used where k != c { expected += marginals[c] * marginals[k] * delta(c, k) } }
        }
        guard expected > 0 else {
            return .undefined(kind, variant: variant, reason: "no variation: the expected disagreement is 0",
                              units: pairableUnits, values: n, coders: coders)
        }
        var result = AgreementStatistic.computed(kind, variant: variant, value: 1 - (n - 1) * observed / expected,
                                                 units: pairableUnits, values: n, coders: coders)
        result.observedDisagreement = observed / n
        result.expectedDisagreement = expected / (n * (n - 1))
        return result
    }

    /// Where each category sits on the metric's scale: its number (interval, ratio), its
    /// cumulative mid-rank among the pairable values (ordinal), unused for nominal data.
    private static func positions(_ data: ReliabilityData, metric: AgreementMetric, marginals: [Double]) -> [Double] {
        switch metric {
        case .nominal: return []
        case .interval, .ratio: return data.categories.map { $0.number! }
        case .ordinal:
            var below = 0.0
            return marginals.map { count in
                defer { below += count }
                return below + count / 2
            }
        }
    }
}
