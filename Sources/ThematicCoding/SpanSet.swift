import ThematicModel

/// Spans sorted for fast "does anything overlap this?" questions (the `within` test of rules).
struct SpanSet {
    private let spans: [TextSpan]
    /// `reach[i]`: the largest end among `spans[0...i]`.
    private let reach: [Int]

    init(_ spans: [TextSpan]) {
        self.spans = spans.sorted()
        var reach: [Int] = []
        reach.reserveCapacity(self.spans.count)
        for span in self.spans { reach.append(max(reach.last ?? 0, span.end)) }
        self.reach = reach
    }

    /// Whether any span overlaps `span`.
    func overlaps(_ span: TextSpan) -> Bool {
        // The last span starting before `span` ends; any overlap lies at or before it.
        var low = 0, high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].start < span.end { low = middle + 1 } else { high = middle }
        }
        return low > 0 && reach[low - 1] > span.start
    }
}
