/// The names nearest to a mistyped one: for "did you mean …?" on unknown codes and commands.
public enum NearestNames {
    /// The Levenshtein distance between two strings, on lowercased Unicode scalars.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased().unicodeScalars), b = Array(b.lowercased().unicodeScalars)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidates close to `name`, nearest first: equal but for case, then within a third of
    /// the name's length in edits (at least 1, at most 3), then those containing it.
    /// - Parameters:
    ///   - keys: the spellings each candidate may be typed as (a code's id, last slug and name).
    ///   - limit: at most this many.
    public static func nearest(to name: String, among candidates: [(value: String, keys: [String])], limit: Int = 3) -> [String] {
        let wanted = name.lowercased()
        let allowed = min(3, max(1, wanted.unicodeScalars.count / 3))
        var scored: [(score: Int, order: Int, value: String)] = []
        for (order, candidate) in candidates.enumerated() {
            let keys = candidate.keys.map { $0.lowercased() }
            let best = keys.map { distance($0, wanted) }.min() ?? Int.max
            if best <= allowed {
                scored.append((best, order, candidate.value))
            } else if wanted.unicodeScalars.count >= 3, keys.contains(where: { $0.contains(wanted) }) {
                scored.append((allowed + 1, order, candidate.value))
            }
        }
        var seen = Set<String>()
        return scored.sorted { ($0.score, $0.order) < ($1.score, $1.order) }.map(\.value)
            .filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
    }
}
