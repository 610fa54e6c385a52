/// How far apart two values are, for Krippendorff's α: the level of measurement of the data.
public enum AgreementMetric: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// Categories without order: two values agree or they do not.
    case nominal
    /// Ranks: the distance between two values grows with how many values lie between them.
    case ordinal
    /// Numbers on a scale with equal steps: the squared difference.
    case interval
    /// Numbers with a true zero: the squared difference relative to the sum.
    case ratio

    public var description: String { rawValue }

    /// Whether the metric needs numeric values.
    public var needsNumbers: Bool { self != .nominal }
}
