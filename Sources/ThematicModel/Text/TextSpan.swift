/// A half-open range `[start, end)` of Unicode scalar offsets into a transcript's canonical text.
///
/// Scalars (code points) are the unit every position in Thematic uses: REFI-QDA names it, and it
/// does not shift with grapheme segmentation rules (`String.count`) or with UTF-16 surrogates.
/// A span encodes in JSON as the two-element array `[start, end]`.
public struct TextSpan: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The offset of the first scalar in the span.
    public let start: Int
    /// The offset one past the last scalar in the span.
    public let end: Int

    /// Creates a span; `start` must not be negative nor after `end`.
    public init(start: Int, end: Int) {
        precondition(start >= 0 && start <= end, "TextSpan(\(start), \(end)) is not a half-open range")
        self.start = start
        self.end = end
    }

    /// Creates a span if the bounds form a valid half-open range, else `nil`.
    public init?(validatingStart start: Int, end: Int) {
        guard start >= 0, start <= end else { return nil }
        self.init(start: start, end: end)
    }

    /// The number of scalars the span covers.
    public var length: Int { end - start }

    /// Whether the span covers no scalar.
    public var isEmpty: Bool { start == end }

    /// Whether `offset` lies inside the span.
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    /// Whether `other` lies entirely inside this span.
    public func contains(_ other: TextSpan) -> Bool { other.start >= start && other.end <= end }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    /// The scalars both spans cover, or `nil` when they share none.
    public func intersection(_ other: TextSpan) -> TextSpan? {
        let lower = max(start, other.start), upper = min(end, other.end)
        return lower < upper ? TextSpan(start: lower, end: upper) : nil
    }

    /// The span moved by `delta` scalars.
    public func shifted(by delta: Int) -> TextSpan { TextSpan(start: start + delta, end: end + delta) }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "[\(start), \(end))" }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        let start = try container.decode(Int.self)
        let end = try container.decode(Int.self)
        guard let span = TextSpan(validatingStart: start, end: end) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "[\(start), \(end)] is not a half-open range of offsets")
        }
        self = span
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start)
        try container.encode(end)
    }
}
