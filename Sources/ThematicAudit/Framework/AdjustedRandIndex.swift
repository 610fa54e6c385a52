/// The adjusted Rand index of two partitions of the same items (Hubert & Arabie, 1985): 1 when
/// they agree exactly, about 0 for the agreement expected by chance, negative below it.
public enum AdjustedRandIndex {
    /// - Parameters:
    ///   - first: a label per item.
    ///   - second: another label per item (same length).
    /// - Returns: the index, or `nil` when it is undefined (fewer than two items, or both partitions
    ///   trivial in the same way so that the expected and maximum index coincide) — except that two
    ///   identical partitions always give 1.
    public static func of<A: Hashable, B: Hashable>(_ first: [A], _ second: [B]) -> Double? {
        precondition(first.count == second.count, "both partitions label the same items")
        let n = first.count
        guard n >= 2 else { return nil }
        var table: [Pair<A, B>: Int] = [:]
        var rows: [A: Int] = [:]
        var columns: [B: Int] = [:]
        for (a, b) in zip(first, second) {
            table[Pair(a: a, b: b), default: 0] += 1
            rows[a, default: 0] += 1
            columns[b, default: 0] += 1
        }
        func choose2(_ x: Int) -> Double { Double(x) * Double(x - 1) / 2 }
        let index = table.values.reduce(0) { $0 + choose2($1) }
        let rowSum = rows.values.reduce(0) { $0 + choose2($1) }
        let columnSum = columns.values.reduce(0) { $0 + choose2($1) }
        let expected = rowSum * columnSum / choose2(n)
        let maximum = (rowSum + columnSum) / 2
        guard maximum != expected else { return index == maximum ? 1 : nil }
        return (index - expected) / (maximum - expected)
    }

    private struct Pair<A: Hashable, B: Hashable>: Hashable {
        var a: A
        var b: B
    }
}
