/// Agglomerative clustering with average linkage (UPGMA), deterministic.
///
/// Starts with every item alone and repeatedly joins the two clusters whose average pairwise
/// distance is smallest; a tie goes to the pair whose clusters come first (by their first item),
/// so the same distances always give the same grouping. O(n³) time, O(n²) memory: meant for
/// codes (tens to hundreds), not segments.
public enum AverageLinkage {
    /// One join of the clustering.
    public struct Join: Hashable, Sendable, Codable {
        /// The items of the two clusters joined.
        public var left: [Int]
        public var right: [Int]
        /// Their average pairwise distance.
        public var distance: Double
    }

    /// Clusters items by a symmetric distance matrix down to `count` clusters.
    /// - Parameters:
    ///   - distances: `distances[i][j]` between items i and j (NaN is treated as the largest distance, 1).
    ///   - count: how many clusters to stop at (at least 1; more than the items gives singletons).
    /// - Returns: the clusters (item numbers, ascending), ordered by their first item, and the joins made.
    public static func cluster(distances: [[Double]], into count: Int) -> (clusters: [[Int]], joins: [Join]) {
        let n = distances.count
        guard n > 0 else { return ([], []) }
        var clusters: [[Int]?] = (0..<n).map { [$0] }
        var between = distances.map { row in row.map { $0.isNaN ? 1 : $0 } }
        var alive = n
        var joins: [Join] = []
        let target = max(1, count)
        while alive > target {
            var best: (i: Int, j: Int, distance: Double)?
            for i in 0..<n where clusters[i] != nil {
                for j in (i + 1)..<n where clusters[j] != nil {
                    let distance = between[i][j]
                    if best == nil || distance < best!.distance { best = (i, j, distance) }
                }
            }
            guard let (i, j, distance) = best, let left = clusters[i], let right = clusters[j] else { break }
            joins.append(Join(left: left, right: right, distance: distance))
            // Lance–Williams update for average linkage.
            let leftSize = Double(left.count)
            let rightSize = Double(right.count)
            for k in 0..<n where clusters[k] != nil && k != i && k != j {
                let updated = (leftSize * between[i][k] + rightSize * between[j][k]) / (leftSize + rightSize)
                between[i][k] = updated
                between[k][i] = updated
            }
            clusters[i] = (left + right).sorted()
            clusters[j] = nil
            alive -= 1
        }
        return (clusters.compactMap { $0 }.sorted { $0[0] < $1[0] }, joins)
    }
}
