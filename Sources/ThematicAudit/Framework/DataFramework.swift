import ThematicModel

/// The framework rebuilt from the data alone: the framework's used codes grouped by how they
/// co-occur, beside the declared themes.
///
/// Two codes are close when they are coded in the same utterances and found with the same
/// participants: their distance is 1 − (J_u + J_p) / 2, where J_u is the Jaccard index of the
/// sets of utterances their codings touch and J_p that of the sets of participants speaking in
/// them (J_u alone when neither code reaches a participant). The codes are clustered by average
/// linkage (``AverageLinkage``) and the tree is cut where it has as many groups as the declared
/// framework has top-level themes with used codes.
public struct DataFramework: Hashable, Sendable, Codable {
    /// One data-driven group of codes.
    public struct Cluster: Hashable, Sendable, Codable {
        /// 1-based, in order of the group's first code in the codebook.
        public var number: Int
        public var codes: [String]
        /// The declared top-level theme most of the group's codes belong to (ties: codebook order).
        public var closestTheme: String?
        /// The mean pairwise similarity (1 − distance) of the group's codes; 1 for a single code.
        public var cohesion: Double

        public init(number: Int, codes: [String], closestTheme: String?, cohesion: Double) {
            self.number = number
            self.codes = codes
            self.closestTheme = closestTheme
            self.cohesion = cohesion
        }

        enum CodingKeys: String, CodingKey {
            case number, codes, cohesion
            case closestTheme = "closest_theme"
        }
    }

    /// A code the data puts in a group that matches another theme than the one it was declared in.
    public struct Misplaced: Hashable, Sendable, Codable {
        public var code: String
        /// The top-level theme it was declared in.
        public var declaredTheme: String
        public var cluster: Int
        /// The theme the cluster matches, if any.
        public var clusterTheme: String?

        public init(code: String, declaredTheme: String, cluster: Int, clusterTheme: String?) {
            self.code = code
            self.declaredTheme = declaredTheme
            self.cluster = cluster
            self.clusterTheme = clusterTheme
        }

        enum CodingKeys: String, CodingKey {
            case code, cluster
            case declaredTheme = "declared_theme"
            case clusterTheme = "cluster_theme"
        }
    }

    public var clusters: [Cluster]
    /// The adjusted Rand index between the declared top-level themes and the clusters, over the
    /// codes declared in exactly one top-level theme; `nil` when undefined (fewer than two codes).
    public var adjustedRandIndex: Double?
    /// Codes in a cluster whose closest theme is not the one they were declared in.
    public var misplaced: [Misplaced]
    /// Used codes of the framework left out of the comparison because they sit in several top-level themes.
    public var ambiguous: [String]
    public var method: String

    public init(clusters: [Cluster], adjustedRandIndex: Double?, misplaced: [Misplaced], ambiguous: [String],
                method: String = DataFramework.methodDescription) {
        self.clusters = clusters
        self.adjustedRandIndex = adjustedRandIndex
        self.misplaced = misplaced
        self.ambiguous = ambiguous
        self.method = method
    }

    /// How the grouping was made, for readers of the JSON.
    public static let methodDescription =
        "average-linkage clustering of the framework's used codes on 1 - (Jaccard of utterances + Jaccard of participants) / 2, cut at the number of top-level themes"

    /// The cluster a code is in.
    public func cluster(of code: String) -> Cluster? {
        clusters.first { $0.codes.contains(code) }
    }

    enum CodingKeys: String, CodingKey {
        case clusters, misplaced, ambiguous, method
        case adjustedRandIndex = "adjusted_rand_index"
    }
}

extension DataFramework {
    /// Rebuilds the grouping from the indexed material.
    init(_ index: CodedIndex) {
        let codebook = index.material.codebook
        // Each code's top-level theme(s), in codebook order.
        var roots: [String: [String]] = [:]
        for theme in codebook.themes {
            var root = theme
            var seen: Set = [root.id]
            while let parent = root.parentID.flatMap(codebook.theme(id:)), seen.insert(parent.id).inserted { root = parent }
            for code in theme.codeIDs where !(roots[code]?.contains(root.id) ?? false) { roots[code, default: []].append(root.id) }
        }
        let rootOrder = codebook.subthemes(of: nil).map(\.id)
        let items = index.codeIDs.indices.filter { roots[index.codeIDs[$0]] != nil && index.codingCounts[$0] > 0 }
        let distances = items.map { a in items.map { b in a == b ? 0 : DataFramework.distance(index, a, b) } }
        let declaredRoots = Set(items.flatMap { roots[index.codeIDs[$0]] ?? [] })
        let (groups, _) = AverageLinkage.cluster(distances: distances, into: max(1, declaredRoots.count))

        var clusters: [Cluster] = []
        var clusterOfItem: [Int: Int] = [:]
        for (number, group) in groups.enumerated() {
            var votes: [String: Int] = [:]
            for item in group {
                if let declared = roots[index.codeIDs[items[item]]], declared.count == 1 { votes[declared[0], default: 0] += 1 }
            }
            let best = votes.values.max()
            let closest = rootOrder.first { best != nil && votes[$0] == best }
            var similarity = 0.0
            var pairs = 0
            for (x, a) in group.enumerated() {
                for b in group[(x + 1)...] {
                    similarity += 1 - distances[a][b]
                    pairs += 1
                }
            }
            group.forEach { clusterOfItem[$0] = number + 1 }
            clusters.append(Cluster(number: number + 1, codes: group.map { index.codeIDs[items[$0]] }, closestTheme: closest,
                                    cohesion: pairs == 0 ? 1 : similarity / Double(pairs)))
        }
        var declaredLabels: [String] = []
        var clusterLabels: [Int] = []
        var misplaced: [Misplaced] = []
        var ambiguous: [String] = []
        for (item, position) in items.enumerated() {
            let code = index.codeIDs[position]
            guard let declared = roots[code], declared.count == 1, let number = clusterOfItem[item] else {
                ambiguous.append(code)
                continue
            }
            declaredLabels.append(declared[0])
            clusterLabels.append(number)
            let clusterTheme = clusters[number - 1].closestTheme
            if clusterTheme != declared[0] {
                misplaced.append(Misplaced(code: code, declaredTheme: declared[0], cluster: number, clusterTheme: clusterTheme))
            }
        }
        self.init(clusters: clusters, adjustedRandIndex: AdjustedRandIndex.of(declaredLabels, clusterLabels),
                  misplaced: misplaced, ambiguous: ambiguous)
    }

    /// 1 − the mean of the two Jaccard indices (utterances, participants) of two codes.
    static func distance(_ index: CodedIndex, _ a: Int, _ b: Int) -> Double {
        let utterances = jaccard(index.utterances[a], index.utterances[b])
        if index.participants[a].isEmpty && index.participants[b].isEmpty { return 1 - utterances }
        return 1 - (utterances + jaccard(index.participants[a], index.participants[b])) / 2
    }

    /// |A ∩ B| / |A ∪ B|; 0 for two empty sets.
    static func jaccard(_ a: Set<Int>, _ b: Set<Int>) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        let shared = small.reduce(0) { large.contains($1) ? $0 + 1 : $0 }
        let union = a.count + b.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }
}
