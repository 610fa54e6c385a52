/// Every coefficient the data allow, with the counts behind them: what `thematic agreement --data`
/// prints.
public struct AgreementSummary: Hashable, Sendable, Codable {
    /// The metric of α.
    public var metric: AgreementMetric
    /// The coders, in row order.
    public var coders: [String]
    /// All units (columns), pairable or not.
    public var units: Double
    /// Units with two or more values.
    public var pairableUnits: Double
    /// Values in those units.
    public var pairableValues: Double
    /// The distinct values, sorted.
    public var categories: [AgreementCategory]
    /// Krippendorff's α first, then percent agreement, Cohen's κ (and weighted κ when asked),
    /// Scott's π, Fleiss' κ, Brennan–Prediger and Gwet's AC1; undefined ones carry their reason.
    public var statistics: [AgreementStatistic]
    /// A bootstrap confidence interval for α, when asked for.
    public var alphaInterval: ConfidenceInterval?

    /// Computes every coefficient.
    /// - Parameters:
    ///   - data: the reliability data.
    ///   - metric: the metric of α.
    ///   - weights: also compute Cohen's weighted κ with these weights.
    ///   - categoryCount: the number of categories coders chose from (for Brennan–Prediger and
    ///     AC1); `nil` for those in the data.
    public init(_ data: ReliabilityData, metric: AgreementMetric = .nominal, weights: KappaWeights? = nil,
                categoryCount: Int? = nil) {
        self.metric = metric
        coders = data.coders
        units = data.totalUnits
        categories = data.categories
        let percent = MultiCoderAgreement.percentAgreement(data)
        pairableUnits = percent.units
        pairableValues = percent.values
        var statistics = [KrippendorffAlpha.compute(data, metric: metric), percent, PairwiseAgreement.cohenKappa(data)]
        if let weights { statistics.append(PairwiseAgreement.weightedKappa(data, weights: weights)) }
        statistics += [PairwiseAgreement.scottPi(data), MultiCoderAgreement.fleissKappa(data),
                       MultiCoderAgreement.brennanPrediger(data, categoryCount: categoryCount),
                       MultiCoderAgreement.gwetAC1(data, categoryCount: categoryCount)]
        self.statistics = statistics
    }

    /// The coefficient of a kind, if computed.
    public func statistic(_ kind: AgreementStatistic.Kind) -> AgreementStatistic? {
        statistics.first { $0.kind == kind }
    }
}
