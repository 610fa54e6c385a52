extension KrippendorffAlpha {
    /// A percentile bootstrap interval for α: the units are drawn with replacement `samples` times
    /// (each draw as many units as the data hold), α is computed on each resample, and the interval
    /// runs between the (1 − level)/2 and (1 + level)/2 quantiles (linear interpolation between order
    /// statistics). Units that stand for several (weights) are drawn as one.
    /// - Returns: `nil` when α is not computable on the data themselves.
    public static func bootstrap(_ data: ReliabilityData, metric: AgreementMetric, samples: Int, seed: UInt64,
                                 level: Double = 0.95) -> ConfidenceInterval? {
        precondition(samples > 0 && level > 0 && level < 1, "samples > 0, 0 < level < 1")
        guard compute(data, metric: metric).isComputable, data.unitCount > 0 else { return nil }
        var random = SeededRandom(seed: seed)
        var alphas: [Double] = []
        alphas.reserveCapacity(samples)
        var counts = [Double](repeating: 0, count: data.unitCount)
        for _ in 0..<samples {
            for unit in counts.indices { counts[unit] = 0 }
            for _ in 0..<data.unitCount { counts[Int(random.next(upperBound: UInt64(data.unitCount)))] += 1 }
            let weights = data.weights.map { original in zip(original, counts).map { $0 * $1 } } ?? counts
            let resample = ReliabilityData(coders: data.coders, categories: data.categories, values: data.values, weights: weights)
            if let value = compute(resample, metric: metric).value { alphas.append(value) }
        }
        guard !alphas.isEmpty else { return nil }
        alphas.sort()
        func quantile(_ p: Double) -> Double {
            let position = p * Double(alphas.count - 1)
            let below = Int(position.rounded(.down)), above = min(below + 1, alphas.count - 1)
            return alphas[below] + (alphas[above] - alphas[below]) * (position - Double(below))
        }
        return ConfidenceInterval(level: level, lower: quantile((1 - level) / 2), upper: quantile((1 + level) / 2),
                                  samples: samples, notComputable: samples - alphas.count, seed: seed,
                                  method: "percentile bootstrap over units")
    }
}
