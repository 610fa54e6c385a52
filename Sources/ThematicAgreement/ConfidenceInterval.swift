/// A bootstrap confidence interval: the percentiles of a coefficient over resampled data.
public struct ConfidenceInterval: Hashable, Sendable, Codable {
    /// The confidence level, e.g. 0.95.
    public var level: Double
    public var lower: Double
    public var upper: Double
    /// Resamples drawn.
    public var samples: Int
    /// Resamples on which the coefficient was not computable (left out of the percentiles).
    public var notComputable: Int
    /// The seed of the random numbers: the same seed gives the same interval.
    public var seed: UInt64
    /// How the data were resampled.
    public var method: String
}
