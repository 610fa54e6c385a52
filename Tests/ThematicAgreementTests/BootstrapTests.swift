import Testing
import ThematicAgreement

@Suite struct BootstrapTests {
    /// 200 units × 3 coders, 80% of values equal to the unit's true value (seeded).
    static let data: ReliabilityData = {
        var random = SeededRandom(seed: 42)
        var rows: [[AgreementCategory?]] = [[], [], []]
        for _ in 0..<200 {
            let truth = Double(random.next(upperBound: UInt64(4)) + 1)
            for coder in 0..<3 {
                let roll = random.next(upperBound: UInt64(10))
                rows[coder].append(roll == 0 ? nil : roll < 8 ? .number(truth) : .number(Double(random.next(upperBound: UInt64(4)) + 1)))
            }
        }
        return ReliabilityData(coders: ["a", "b", "c"], matrix: rows)
    }()

    @Test func theSameSeedGivesTheSameInterval() throws {
        let first = try #require(KrippendorffAlpha.bootstrap(Self.data, metric: .nominal, samples: 300, seed: 7))
        let again = try #require(KrippendorffAlpha.bootstrap(Self.data, metric: .nominal, samples: 300, seed: 7))
        let other = try #require(KrippendorffAlpha.bootstrap(Self.data, metric: .nominal, samples: 300, seed: 8))
        #expect(first == again)
        #expect(first != other)
        let alpha = try #require(KrippendorffAlpha.compute(Self.data, metric: .nominal).value)
        #expect(first.lower < alpha && alpha < first.upper)
        #expect(first.upper - first.lower < 0.3 && first.upper - first.lower > 0.01)
        #expect(first.samples == 300 && first.level == 0.95 && first.notComputable == 0)
        // A narrower level gives a narrower interval inside the wider one.
        let narrow = try #require(KrippendorffAlpha.bootstrap(Self.data, metric: .nominal, samples: 300, seed: 7, level: 0.5))
        #expect(narrow.lower >= first.lower && narrow.upper <= first.upper)
    }

    @Test func noIntervalWhereAlphaIsUndefined() {
        let constant = ReliabilityData(coders: ["a", "b"], cells: [["x", "x"], ["x", "x"]])
        #expect(KrippendorffAlpha.bootstrap(constant, metric: .nominal, samples: 10, seed: 1) == nil)
    }

    /// SplitMix64's published first outputs for seed 0 (the reference C implementation).
    @Test func theGeneratorIsSplitMix64() {
        var random = SeededRandom(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
