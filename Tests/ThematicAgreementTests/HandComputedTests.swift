import Testing
import ThematicAgreement

/// Coefficients on small data worked out by hand (the working is in each test).
@Suite struct HandComputedTests {
    static func numbers(_ rows: [[Double?]]) -> ReliabilityData {
        ReliabilityData(coders: rows.indices.map { "c\($0 + 1)" }, matrix: rows.map { $0.map { $0.map(AgreementCategory.number) } })
    }

    static func close(_ statistic: AgreementStatistic, _ expected: Double) -> Bool {
        guard let value = statistic.value else { return false }
        return abs(value - expected) <= 1e-12
    }

    /// c1 = 1 1 2 2 1 1, c2 = 1 2 2 2 1 1: 5 of 6 units agree.
    /// Cohen: p_e = (4·3 + 2·3)/36 = 1/2, κ = (5/6 − 1/2)/(1/2) = 2/3.
    /// Scott/Fleiss: pooled shares 7/12, 5/12, p_e = 74/144, π = (120 − 74)/(144 − 74) = 23/35.
    /// α = 1 − (n−1)/n·(1 − π) with n = 12 values = 1 − 11/35 = 24/35.
    /// Brennan–Prediger with q = 2: (5/6 − 1/2)/(1/2) = 2/3. AC1: p_e = 2·(7/12)(5/12) = 70/144,
    /// (120 − 70)/(144 − 70) = 25/37.
    @Test func twoCodersNominal() {
        let data = Self.numbers([[1, 1, 2, 2, 1, 1], [1, 2, 2, 2, 1, 1]])
        let summary = AgreementSummary(data)
        #expect(Self.close(summary.statistic(.percentAgreement)!, 5.0 / 6))
        #expect(Self.close(summary.statistic(.cohenKappa)!, 2.0 / 3))
        #expect(Self.close(summary.statistic(.scottPi)!, 23.0 / 35))
        #expect(Self.close(summary.statistic(.fleissKappa)!, 23.0 / 35))
        #expect(Self.close(summary.statistic(.krippendorffAlpha)!, 24.0 / 35))
        #expect(Self.close(summary.statistic(.brennanPrediger)!, 2.0 / 3))
        #expect(Self.close(summary.statistic(.gwetAC1)!, 25.0 / 37))
        #expect(summary.units == 6 && summary.pairableUnits == 6 && summary.pairableValues == 12)
        // Labels instead of numbers change nothing at the nominal level.
        let labelled = ReliabilityData(coders: ["a", "b"], cells: [["x", "x", "y", "y", "x", "x"], ["x", "y", "y", "y", "x", "x"]])
        #expect(AgreementSummary(labelled).statistics.map(\.value) == summary.statistics.map(\.value))
    }

    /// Three coders, missing values:
    ///   c1: 1 1 2 –    c2: 1 2 2 1    c3: 1 – 2 –
    /// Unit 1 (1,1,1): o₁₁ += 3·2/2 = 3; unit 2 (1,2): o₁₂ = o₂₁ = 1; unit 3 (2,2,2): o₂₂ += 3;
    /// unit 4 holds one value and is not pairable. n₁ = n₂ = 4, n = 8.
    /// Nominal α = 1 − (n−1)·(o₁₂+o₂₁)/(n² − Σn_c²) = 1 − 7·2/32 = 9/16; with two categories every
    /// metric gives the same. Percent agreement: (1 + 0 + 1)/3. Fleiss on the complete units 1 and 3:
    /// P̄ = 1, P̄_e = 1/2, κ = 1. AC1: π = (2.5/4, 1.5/4), p_e = 2·0.625·0.375 = 15/32,
    /// (2/3 − 15/32)/(1 − 15/32) = 19/51.
    @Test(arguments: AgreementMetric.allCases)
    func threeCodersWithMissingValues(metric: AgreementMetric) {
        let data = Self.numbers([[1, 1, 2, nil], [1, 2, 2, 1], [1, nil, 2, nil]])
        let alpha = KrippendorffAlpha.compute(data, metric: metric)
        // With two categories every δ² is the same constant (ratio: ((1−2)/(1+2))² = 1/9), which cancels.
        #expect(Self.close(alpha, 9.0 / 16))
        #expect(alpha.units == 3 && alpha.values == 8 && alpha.coders == 3)
        #expect(Self.close(MultiCoderAgreement.percentAgreement(data), 2.0 / 3))
        let fleiss = MultiCoderAgreement.fleissKappa(data)
        #expect(Self.close(fleiss, 1) && fleiss.units == 2)
        #expect(Self.close(MultiCoderAgreement.gwetAC1(data), 19.0 / 51))
        #expect(PairwiseAgreement.cohenKappa(data).notComputable?.contains("exactly two coders") == true)
    }

    /// c1 = 1 2 3 1, c2 = 1 3 3 2; ranks 0, 1, 2. Linear: observed (1 + 1)/4 = 1/2; expected
    /// Σ p₁(c)p₂(k)|c−k| = (2·1·1 + 2·2·2 + 1·1·1 + 1·2·1 + 1·1·2 + 1·1·1)/16 = 1; κ_w = 1/2.
    /// Quadratic: observed 1/2; expected (2 + 16 + 1 + 2 + 4 + 1)/16 = 26/16; κ_w = 1 − 8/26 = 9/13.
    @Test func weightedKappa() {
        let data = Self.numbers([[1, 2, 3, 1], [1, 3, 3, 2]])
        #expect(Self.close(PairwiseAgreement.weightedKappa(data, weights: .linear), 0.5))
        #expect(Self.close(PairwiseAgreement.weightedKappa(data, weights: .quadratic), 9.0 / 13))
        let labels = ReliabilityData(coders: ["a", "b"], cells: [["x", "y"], ["x", "x"]])
        #expect(PairwiseAgreement.weightedKappa(labels, weights: .linear).notComputable?.contains("ordered") == true)
    }

    /// Ordinal α is interval α on the categories' cumulative mid-ranks: with values 1, 2, 10 the
    /// ordinal distances ignore the gap to 10. c1 = 1 2 10 10, c2 = 1 10 10 10:
    /// o₁₁ = 2, o₂,₁₀ = o₁₀,₂ = 1, o₁₀,₁₀ = 4; n₁ = 2, n₂ = 1, n₁₀ = 5, n = 8.
    /// Mid-ranks: 1 → 1, 2 → 2.5, 10 → 5.5. D_o·n = 2·(5.5 − 2.5)² = 18.
    /// Σ n_c n_k δ² = 2·(2·1·1.5² + 2·5·4.5² + 1·5·3²) = 2·(4.5 + 202.5 + 45) = 504.
    /// α = 1 − 7·18/504 = 3/4. Interval: D_o·n = 2·64 = 128; Σ = 2·(2·1·1 + 2·5·81 + 1·5·64) = 2264;
    /// α = 1 − 7·128/2264 = 1368/2264 = 171/283.
    @Test func ordinalAndIntervalDiffer() {
        let data = Self.numbers([[1, 2, 10, 10], [1, 10, 10, 10]])
        #expect(Self.close(KrippendorffAlpha.compute(data, metric: .ordinal), 0.75))
        #expect(Self.close(KrippendorffAlpha.compute(data, metric: .interval), 171.0 / 283))
    }

    /// A unit of weight w counts as w identical units.
    @Test func weightsEqualRepeatedUnits() {
        let expanded = Self.numbers([[1, 1, 1, 2, 2, nil], [1, 1, 2, 2, 2, 1]])
        let weighted = ReliabilityData(coders: ["c1", "c2"], categories: [.number(1), .number(2)],
                                       values: [0, 0, 0, 1, 1, 1, -1, 0], weights: [2, 1, 2, 1])
        for metric in AgreementMetric.allCases {
            let a = AgreementSummary(expanded, metric: metric, weights: .linear)
            let b = AgreementSummary(weighted, metric: metric, weights: .linear)
            for (x, y) in zip(a.statistics, b.statistics) {
                #expect(abs((x.value ?? .nan) - (y.value ?? .nan)) < 1e-12, "\(x.title)")
                #expect(x.units == y.units && x.values == y.values)
            }
        }
    }

    /// The undefined cases are values with reasons, never 0, 1 or NaN.
    @Test func undefinedCases() {
        let single = Self.numbers([[3, nil], [nil, 4]])
        let alpha = KrippendorffAlpha.compute(single, metric: .interval)
        #expect(alpha.value == nil && alpha.notComputable?.contains("fewer than two pairable values") == true)
        #expect(MultiCoderAgreement.percentAgreement(single).value == nil)
        #expect(PairwiseAgreement.cohenKappa(single).notComputable == "no unit was coded by both coders")

        let constant = Self.numbers([[2, 2, 2], [2, 2, 2], [2, 2, nil]])
        let summary = AgreementSummary(constant)
        #expect(summary.statistic(.percentAgreement)?.value == 1)
        for kind in [AgreementStatistic.Kind.krippendorffAlpha, .fleissKappa, .brennanPrediger, .gwetAC1] {
            let statistic = summary.statistic(kind)!
            #expect(statistic.value == nil, "\(kind)")
            #expect(statistic.notComputable != nil)
            #expect(statistic.formatted().hasPrefix("not computable: "))
        }
        // With the number of possible categories given, AC1 and Brennan–Prediger are defined.
        #expect(MultiCoderAgreement.gwetAC1(constant, categoryCount: 2).value == 1)
        #expect(MultiCoderAgreement.brennanPrediger(constant, categoryCount: 2).value == 1)

        let labels = ReliabilityData(coders: ["a", "b"], cells: [["low", "high"], ["low", "low"]])
        #expect(KrippendorffAlpha.compute(labels, metric: .interval).notComputable?.contains("needs numbers") == true)

        let one = ReliabilityData(coders: ["only"], cells: [["1", "2"]])
        #expect(AgreementSummary(one).statistics.allSatisfy { $0.value == nil && $0.notComputable != nil })

        let empty = ReliabilityData(coders: ["a", "b"], cells: [[], []])
        #expect(AgreementSummary(empty).statistics.allSatisfy { $0.value == nil })
    }

    /// Systematic disagreement gives a negative coefficient, not a clamp at 0.
    @Test func systematicDisagreementIsNegative() {
        let data = Self.numbers([[1, 2, 1, 2], [2, 1, 2, 1]])
        // Every pair disagrees: o₁₂ = o₂₁ = 4, n = 8, α = 1 − 7·8/(64 − 32) = −3/4; κ = (0 − 1/2)/(1/2) = −1.
        #expect(Self.close(KrippendorffAlpha.compute(data, metric: .nominal), -0.75))
        #expect(Self.close(PairwiseAgreement.cohenKappa(data), -1))
    }

    /// Over 1,024 categories the coincidence matrix is sparse. 1,100 units, each coded with its own
    /// value by both coders, except units 0 and 1 swapped by the second coder: o₀₁ = o₁₀ = 2, every
    /// n_c = 2, n = 2,200; α = 1 − 2199·4/(2200² − 1100·4).
    @Test func manyCategoriesUseTheSparseMatrix() {
        let first = (0..<1100).map { Double($0) as Double? }
        var second = first
        second.swapAt(0, 1)
        let alpha = KrippendorffAlpha.compute(Self.numbers([first, second]), metric: .nominal)
        let expected: Double = 1 - 8796.0 / 4_835_600.0
        #expect(Self.close(alpha, expected))
        #expect(KrippendorffAlpha.compute(Self.numbers([first, first]), metric: .ordinal).value == 1)
    }
}
