/// Krippendorff's coincidence matrix of reliability data: o(c,k), the pairable values' marginals
/// n_c, and how many units and coders contributed.
struct Coincidences {
    let categoryCount: Int
    /// Dense K×K when K is small.
    private var dense: [Double]
    /// Sparse, keyed c·K + k, when K is large.
    private var sparse: [Int: Double]
    private(set) var marginals: [Double]
    private(set) var pairableUnits: Double = 0
    private(set) var codersWithPairableValues = 0

    init(_ data: ReliabilityData) {
        let k = data.categories.count
        categoryCount = k
        let isDense = k <= KrippendorffAlpha.denseLimit
        dense = isDense ? [Double](repeating: 0, count: k * k) : []
        sparse = [:]
        marginals = [Double](repeating: 0, count: k)
        let width = data.coders.count
        var coderSeen = [Bool](repeating: false, count: width)
        var present = [Int](repeating: 0, count: width)
        data.values.withUnsafeBufferPointer { values in
            for unit in 0..<data.unitCount {
                var m = 0
                let base = unit * width
                for coder in 0..<width where values[base + coder] >= 0 {
                    present[m] = coder
                    m += 1
                }
                guard m >= 2 else { continue }
                let weight = data.weight(unit)
                pairableUnits += weight
                let share = weight / Double(m - 1)
                for i in 0..<m {
                    let c = Int(values[base + present[i]])
                    coderSeen[present[i]] = true
                    marginals[c] += weight
                    for j in 0..<m where j != i {
                        let other = Int(values[base + present[j]])
                        if isDense {
                            dense[c * k + other] += share
                        } else {
                            sparse[c * k + other, default: 0] += share
                        }
                    }
                }
            }
        }
        codersWithPairableValues = coderSeen.filter { $0 }.count
    }

    /// Calls `body` with every non-zero cell (c, k, o(c,k)).
    func forEach(_ body: (Int, Int, Double) -> Void) {
        if dense.isEmpty {
            for (key, count) in sparse { body(key / categoryCount, key % categoryCount, count) }
        } else {
            for c in 0..<categoryCount {
                for k in 0..<categoryCount where dense[c * categoryCount + k] != 0 { body(c, k, dense[c * categoryCount + k]) }
            }
        }
    }
}
