import Foundation

/// Reliability data: which value each coder gave each unit, with missing values allowed —
/// Krippendorff's layout (coders × units), stored unit by unit for one fast pass.
///
/// Values are indices into ``categories`` (sorted: numbers by value, labels alphabetically);
/// a unit may carry a weight, the number of identical units it stands for (a run of characters
/// coded alike), so that a transcript of a million characters costs as many units as it has runs.
public struct ReliabilityData: Hashable, Sendable {
    /// The coders, in row order.
    public let coders: [String]
    /// The distinct values, sorted.
    public let categories: [AgreementCategory]
    /// `values[unit * coders.count + coder]`: an index into ``categories``, or -1 for missing.
    public let values: [Int32]
    /// How many identical units each unit stands for; `nil` when every unit counts once.
    public let weights: [Double]?
    /// The number of units (rows of ``values``), not counting weights.
    public let unitCount: Int

    /// Reliability data from category indices.
    /// - Parameters:
    ///   - coders: coder names.
    ///   - categories: the sorted categories the indices refer to.
    ///   - values: unit-major indices, -1 for missing; `values.count` must be a multiple of `coders.count`.
    ///   - weights: one weight per unit (positive), or `nil`.
    public init(coders: [String], categories: [AgreementCategory], values: [Int32], weights: [Double]? = nil) {
        precondition(!coders.isEmpty && values.count % coders.count == 0, "values must hold one row of coders per unit")
        self.coders = coders
        self.categories = categories
        self.values = values
        self.unitCount = values.count / coders.count
        precondition(weights == nil || weights!.count == unitCount, "one weight per unit")
        self.weights = weights
    }

    /// Reliability data from a coders × units matrix (each row one coder), `nil` for missing.
    /// Rows shorter than the longest are padded with missing values.
    public init(coders: [String], matrix: [[AgreementCategory?]]) {
        let units = matrix.map(\.count).max() ?? 0
        let categories = Array(Set(matrix.joined().compactMap { $0 })).sorted()
        let index = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1, Int32($0)) })
        var values = [Int32](repeating: -1, count: units * coders.count)
        for (coder, row) in matrix.enumerated() {
            for (unit, value) in row.enumerated() {
                if let value { values[unit * coders.count + coder] = index[value]! }
            }
        }
        self.init(coders: coders, categories: categories, values: values)
    }

    /// Reads cells as written in a file: all numbers → numeric categories, else labels. Empty
    /// cells (after trimming spaces) are missing. One pass over the cells: each distinct text is
    /// parsed once, so a million units cost a dictionary lookup per cell.
    /// - Parameters:
    ///   - coders: coder names, one per row of `cells`.
    ///   - cells: coders × units.
    public init(coders: [String], cells: [[String]]) {
        let width = coders.count
        let units = cells.map(\.count).max() ?? 0
        var textIDs: [String: Int32] = [:]
        var texts: [String] = []
        var raw = [Int32](repeating: -1, count: units * width)
        for (coder, row) in cells.enumerated() {
            for (unit, cell) in row.enumerated() {
                let text = ReliabilityData.trimmed(cell)
                guard !text.isEmpty else { continue }
                if let id = textIDs[text] {
                    raw[unit * width + coder] = id
                } else {
                    let id = Int32(texts.count)
                    textIDs[text] = id
                    texts.append(text)
                    raw[unit * width + coder] = id
                }
            }
        }
        let numbers = texts.map { Double($0) }
        let numeric = numbers.allSatisfy { $0?.isFinite == true }
        // Distinct texts may be one category ("1" and "1.0").
        let textCategories: [AgreementCategory] = numeric ? numbers.map { .number($0! + 0) } : texts.map { .label($0) }
        let categories = Array(Set(textCategories)).sorted()
        let index = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1, Int32($0)) })
        let remap = textCategories.map { index[$0]! }
        self.init(coders: coders, categories: categories, values: raw.map { $0 < 0 ? -1 : remap[Int($0)] })
    }

    /// A cell without the spaces and tabs around it (the common case, nothing to trim, costs no copy).
    static func trimmed(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, let last = cell.unicodeScalars.last,
              first.properties.isWhitespace || last.properties.isWhitespace else { return cell }
        return cell.trimmingCharacters(in: .whitespaces)
    }

    /// The value coder `coder` gave unit `unit`.
    public func value(unit: Int, coder: Int) -> AgreementCategory? {
        let index = values[unit * coders.count + coder]
        return index < 0 ? nil : categories[Int(index)]
    }

    /// The weight of a unit.
    @inline(__always) func weight(_ unit: Int) -> Double { weights?[unit] ?? 1 }

    /// Whether every category is a number.
    public var isNumeric: Bool { categories.allSatisfy { $0.number != nil } }

    /// Total weight of all units.
    public var totalUnits: Double { weights?.reduce(0, +) ?? Double(unitCount) }
}
