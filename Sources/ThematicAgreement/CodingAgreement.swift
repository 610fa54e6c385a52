import ThematicModel

/// Computes agreement between coders on codings: turns each source's units and codings into
/// yes/no reliability data per code and source, then pools them.
///
/// A coder who made no coding at all in a source (of any code) did not code that source: their
/// values there are missing, not "no". A unit counts as coded with a code when one of the
/// coder's codings of it overlaps the unit; for the character unit every character of the units
/// is a decision, and runs of characters coded alike are one weighted unit (so a long transcript
/// costs as much as it has runs).
public struct CodingAgreement: Sendable {
    public var coders: [CoderSelection]
    public var unit: AgreementUnit
    public var codes: [String]
    /// Count codings of a code's subcodes (ids below it) as codings of the code.
    public var includesSubcodes: Bool
    public var excludedRoles: [String]
    public var listDisagreements: Bool

    public init(coders: [CoderSelection], unit: AgreementUnit, codes: [String], includesSubcodes: Bool = false,
                excludedRoles: [String] = [], listDisagreements: Bool = false) {
        self.coders = coders
        self.unit = unit
        self.codes = codes
        self.includesSubcodes = includesSubcodes
        self.excludedRoles = excludedRoles
        self.listDisagreements = listDisagreements
    }

    /// The categories of every cell: 0 not coded, 1 coded.
    static let categories: [AgreementCategory] = [.number(0), .number(1)]

    /// Reliability data being gathered: unit-major values and unit weights.
    struct Matrix {
        var values: [Int32] = []
        var weights: [Double] = []

        mutating func append(_ other: Matrix) {
            values += other.values
            weights += other.weights
        }
    }

    /// Computes the report.
    public func compute(_ sources: [AgreementSource]) -> CodingAgreementReport {
        var cells: [[Matrix]] = Array(repeating: Array(repeating: Matrix(), count: sources.count), count: codes.count)
        var disagreements: [Disagreement] = []
        var notes: [String] = []
        for (sourceNumber, source) in sources.enumerated() {
            let present = coders.map { coder in source.codings.contains { coder.matches($0.coderID) } }
            for (coder, isPresent) in zip(coders, present) where !isPresent {
                notes.append("\(coder) made no coding in \(source.id): their values there are missing, not 'not coded'")
            }
            let units = source.units.sorted { $0.span < $1.span }
            let index = listDisagreements ? TextIndex(source.text) : nil
            for (codeNumber, code) in codes.enumerated() {
                let spans = coders.map { coder in
                    Self.merged(source.codings.filter { coder.matches($0.coderID) && matches(code: $0.codeID, selected: code) }.map(\.span))
                }
                let matrix = decisions(units: units, spans: spans, present: present) { unit, span, pattern in
                    guard let index else { return }
                    let codedBy = coders.indices.filter { present[$0] && pattern[$0] == 1 }
                    let notCodedBy = coders.indices.filter { present[$0] && pattern[$0] == 0 }
                    guard !codedBy.isEmpty, !notCodedBy.isEmpty else { return }
                    disagreements.append(Disagreement(source: source.id, code: code, utterance: unit.utterance, span: span,
                                                      text: String(index.slice(span)), codedBy: codedBy.map { coders[$0].name },
                                                      notCodedBy: notCodedBy.map { coders[$0].name }))
                }
                cells[codeNumber][sourceNumber] = matrix
            }
        }
        let names = coders.map(\.name)
        func cell(_ matrix: Matrix, code: String?, source: String?, aggregation: String) -> AgreementCell {
            let data = ReliabilityData(coders: names, categories: Self.categories, values: matrix.values, weights: matrix.weights)
            var coded = [Double](repeating: 0, count: names.count)
            var all = 0.0
            for unit in 0..<data.unitCount {
                var every = true
                for coder in names.indices {
                    if matrix.values[unit * names.count + coder] == 1 { coded[coder] += matrix.weights[unit] } else { every = false }
                }
                if every { all += matrix.weights[unit] }
            }
            let summary = AgreementSummary(data, metric: .nominal, categoryCount: 2)
            return AgreementCell(code: code, source: source, aggregation: aggregation, decisions: data.totalUnits,
                                 coded: Dictionary(uniqueKeysWithValues: zip(names, coded)), codedByAll: all,
                                 statistics: summary.statistics)
        }
        var perCodeAndSource: [AgreementCell] = []
        var perCode: [AgreementCell] = []
        var perSource = Array(repeating: Matrix(), count: sources.count)
        var everything = Matrix()
        for (codeNumber, code) in codes.enumerated() {
            var pooled = Matrix()
            for (sourceNumber, source) in sources.enumerated() {
                let matrix = cells[codeNumber][sourceNumber]
                perCodeAndSource.append(cell(matrix, code: code, source: source.id, aggregation: "code × source"))
                pooled.append(matrix)
                perSource[sourceNumber].append(matrix)
            }
            perCode.append(cell(pooled, code: code, source: nil, aggregation: "pooled over sources"))
            everything.append(pooled)
        }
        let overall = CodingAgreementReport.Overall(
            pooled: cell(everything, code: nil, source: nil, aggregation: "pooled over codes and sources"),
            meanOfCodes: Self.means(perCode))
        return CodingAgreementReport(
            coders: names, unit: unit, sources: sources.map { .init(id: $0.id, units: unitCount($0)) }, codes: codes,
            includesSubcodes: includesSubcodes, excludedRoles: excludedRoles, perCode: perCode,
            perSource: zip(sources, perSource).map { cell($1, code: nil, source: $0.id, aggregation: "pooled over codes") },
            perCodeAndSource: perCodeAndSource, overall: overall,
            disagreements: listDisagreements ? disagreements.sorted(by: Self.transcriptOrder) : nil, notes: notes)
    }

    private func unitCount(_ source: AgreementSource) -> Int {
        unit == .character ? source.units.reduce(0) { $0 + $1.span.length } : source.units.count
    }

    private func matches(code: String, selected: String) -> Bool {
        code == selected || (includesSubcodes && code.hasPrefix(selected + "/"))
    }

    /// The decisions of every coder on every unit of a source for one code.
    /// - Parameters:
    ///   - spans: per coder, merged sorted coded spans.
    ///   - present: per coder, whether they coded the source at all.
    ///   - report: called with each unit (or run of characters) and its pattern of values.
    private func decisions(units: [AgreementUnitSpan], spans: [[TextSpan]], present: [Bool],
                           report: (AgreementUnitSpan, TextSpan, [Int32]) -> Void) -> Matrix {
        var matrix = Matrix()
        var cursors = [Int](repeating: 0, count: coders.count)
        func emit(_ unit: AgreementUnitSpan, _ span: TextSpan, _ pattern: [Int32]) {
            matrix.values += pattern
            matrix.weights.append(Double(self.unit == .character ? span.length : 1))
            report(unit, span, pattern)
        }
        /// Moves each coder's cursor past the spans that end at or before `offset`.
        func advance(to offset: Int) {
            for coder in coders.indices {
                while cursors[coder] < spans[coder].count, spans[coder][cursors[coder]].end <= offset { cursors[coder] += 1 }
            }
        }
        /// Each coder's value for `[start, end)`: 1 when a coded span overlaps it, -1 when missing.
        func pattern(_ start: Int, _ end: Int) -> [Int32] {
            coders.indices.map { coder in
                guard present[coder] else { return -1 }
                let cursor = cursors[coder]
                return cursor < spans[coder].count && spans[coder][cursor].start < end ? 1 : 0
            }
        }
        for unitSpan in units {
            let span = unitSpan.span
            guard !span.isEmpty else { continue }
            advance(to: span.start)
            guard unit == .character else {
                emit(unitSpan, span, pattern(span.start, span.end))
                continue
            }
            // Characters: cut the unit wherever a coder's coverage starts or ends; pieces between cuts
            // are coded alike, and neighbouring pieces with the same values join into one run.
            var cuts = [span.start, span.end]
            for coder in coders.indices where present[coder] {
                var next = cursors[coder]
                while next < spans[coder].count, spans[coder][next].start < span.end {
                    if spans[coder][next].start > span.start { cuts.append(spans[coder][next].start) }
                    if spans[coder][next].end < span.end { cuts.append(spans[coder][next].end) }
                    next += 1
                }
            }
            cuts = Array(Set(cuts)).sorted()
            var runStart = span.start
            var runPattern: [Int32]?
            for (start, end) in zip(cuts, cuts.dropFirst()) {
                advance(to: start)
                let piece = pattern(start, end)
                if let previous = runPattern, previous != piece {
                    emit(unitSpan, TextSpan(start: runStart, end: start), previous)
                    runStart = start
                }
                runPattern = piece
            }
            if let runPattern { emit(unitSpan, TextSpan(start: runStart, end: span.end), runPattern) }
        }
        return matrix
    }

    /// Disagreements as a consensus meeting reads them: source by source, down the transcript, then by code.
    static func transcriptOrder(_ a: Disagreement, _ b: Disagreement) -> Bool {
        (a.source, a.span.start, a.span.end, a.code) < (b.source, b.span.start, b.span.end, b.code)
    }

    /// Merges overlapping or touching spans, sorted.
    static func merged(_ spans: [TextSpan]) -> [TextSpan] {
        var result: [TextSpan] = []
        for span in spans.sorted() where !span.isEmpty {
            if let last = result.last, span.start <= last.end {
                result[result.count - 1] = TextSpan(start: last.start, end: max(last.end, span.end))
            } else {
                result.append(span)
            }
        }
        return result
    }

    /// The mean over codes of each coefficient.
    static func means(_ perCode: [AgreementCell]) -> [CodingAgreementReport.MeanStatistic] {
        guard let first = perCode.first else { return [] }
        return first.statistics.indices.map { position in
            let values = perCode.map { $0.statistics[position] }
            let computable = values.compactMap(\.value)
            return .init(kind: first.statistics[position].kind, variant: first.statistics[position].variant,
                         value: computable.isEmpty ? nil : computable.reduce(0, +) / Double(computable.count),
                         codes: computable.count, notComputable: values.count - computable.count)
        }
    }
}
