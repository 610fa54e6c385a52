import ThematicModel

/// A table of counts with codes as rows: co-occurrence, code by source, code by case attribute.
///
/// Each code counts its own codings, not its descendants' (the codebook outline shows the tree).
public struct CodingMatrix: Hashable, Sendable, Codable {
    /// Row labels (code ids, in codebook order).
    public var rows: [String]
    /// Column labels.
    public var columns: [String]
    /// `cells[row][column]`.
    public var cells: [[Int]]

    public init(rows: [String], columns: [String], cells: [[Int]]) {
        self.rows = rows
        self.columns = columns
        self.cells = cells
    }

    /// The count at a row and column label, 0 when either is missing.
    public func count(_ row: String, _ column: String) -> Int {
        guard let r = rows.firstIndex(of: row), let c = columns.firstIndex(of: column) else { return 0 }
        return cells[r][c]
    }

    /// How co-occurrence is counted.
    public enum CooccurrenceUnit: String, Hashable, Sendable, Codable, CaseIterable {
        /// Pairs of codings (of two codes) whose spans overlap; the diagonal counts codings.
        case overlap
        /// Utterances touched by codings of both codes; the diagonal counts utterances touched.
        case utterance
    }

    /// The codes that have codings, in codebook order (codes not in the codebook last, sorted).
    public static func codedCodes(_ codebook: Codebook, codings: [Coding]) -> [String] {
        let used = Set(codings.map(\.codeID))
        let ordered = codebook.codes.map(\.id).filter(used.contains)
        return ordered + used.subtracting(ordered).sorted()
    }

    /// Code-by-code co-occurrence.
    /// - Parameters:
    ///   - codes: the rows and columns.
    ///   - sources: each transcript with its codings (on that revision).
    public static func cooccurrence(codes: [String], sources: [(Transcript, [Coding])], unit: CooccurrenceUnit) -> CodingMatrix {
        let position = Dictionary(codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var cells = Array(repeating: Array(repeating: 0, count: codes.count), count: codes.count)
        for (transcript, codings) in sources {
            switch unit {
            case .overlap:
                let sorted = codings.filter { position[$0.codeID] != nil }.sorted { $0.span < $1.span }
                for (i, first) in sorted.enumerated() {
                    let a = position[first.codeID]!
                    cells[a][a] += 1
                    for second in sorted[(i + 1)...] {
                        if second.span.start >= first.span.end { break }
                        let b = position[second.codeID]!
                        guard a != b, first.span.overlaps(second.span) else { continue }
                        cells[a][b] += 1
                        cells[b][a] += 1
                    }
                }
            case .utterance:
                for unit in CodedUtterance.all(in: transcript, codings: codings) {
                    let present = unit.codes.compactMap { position[$0] }
                    for a in present { for b in present { cells[a][b] += 1 } }
                }
            }
        }
        return CodingMatrix(rows: codes, columns: codes, cells: cells)
    }

    /// Codings per code and source.
    public static func codeBySource(codes: [String], sourceIDs: [String], codings: [Coding]) -> CodingMatrix {
        count(codes: codes, columns: sourceIDs, codings: codings) { [$0.sourceID] }
    }

    /// Codings per code and value of a case attribute; a source in no case (or whose case lacks
    /// the attribute) counts under `(none)`.
    public static func codeByCase(codes: [String], cases: [StudyCase], attribute: String, codings: [Coding]) -> CodingMatrix {
        var valuesBySource: [String: [String]] = [:]
        var columns: [String] = []
        for studyCase in cases {
            let value = studyCase.attribute(attribute)?.value ?? "(none)"
            if !columns.contains(value) { columns.append(value) }
            for source in studyCase.sourceIDs where !(valuesBySource[source]?.contains(value) ?? false) {
                valuesBySource[source, default: []].append(value)
            }
        }
        columns.sort { lhs, rhs in
            if let l = Double(lhs), let r = Double(rhs) { return l < r }
            return lhs < rhs
        }
        if codings.contains(where: { valuesBySource[$0.sourceID] == nil }), !columns.contains("(none)") {
            columns.append("(none)")
        }
        return count(codes: codes, columns: columns, codings: codings) { valuesBySource[$0.sourceID] ?? ["(none)"] }
    }

    private static func count(codes: [String], columns: [String], codings: [Coding],
                              columnsOf: (Coding) -> [String]) -> CodingMatrix {
        let rowIndex = Dictionary(codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let columnIndex = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var cells = Array(repeating: Array(repeating: 0, count: columns.count), count: codes.count)
        for coding in codings {
            guard let row = rowIndex[coding.codeID] else { continue }
            for column in columnsOf(coding) {
                if let column = columnIndex[column] { cells[row][column] += 1 }
            }
        }
        return CodingMatrix(rows: codes, columns: columns, cells: cells)
    }
}
