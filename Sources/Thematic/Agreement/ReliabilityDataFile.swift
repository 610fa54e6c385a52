import Foundation
import ThematicAgreement
import ThematicExchange
import ThematicModel

/// A reliability-data file (CSV): one row per coder, one column per unit, an empty cell missing —
/// or the transpose, one row per unit (the SPSS and R layout).
public struct ReliabilityDataFile: Sendable {
    /// The first row names the units (skipped).
    public var hasHeader: Bool
    /// The first column names the coders (the units when transposed).
    public var hasNames: Bool
    /// Rows are units and columns coders.
    public var transposed: Bool

    public init(hasHeader: Bool = false, hasNames: Bool = false, transposed: Bool = false) {
        self.hasHeader = hasHeader
        self.hasNames = hasNames
        self.transposed = transposed
    }

    /// Reads a file.
    /// - Parameter metric: a metric other than nominal needs every value to be a number.
    /// - Throws: ``ThematicError/exchange(_:)`` for an unreadable or malformed file, no data, a
    ///   coder named twice, or a label where the metric needs numbers (at its `file:line:column`).
    public func read(contentsOf path: String, metric: AgreementMetric) throws(ThematicError) -> ReliabilityData {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size < 64,
           let text = try? String(contentsOfFile: path, encoding: .utf8),
           text.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}"))).isEmpty {
            throw .exchange(.invalid(message: "the file is empty; reliability data need one row per coder and one column per unit",
                                     at: SourceLocation(file: path, line: 1)))
        }
        let table: CSVTable
        do {
            table = try CSVReader().read(contentsOf: path)
        } catch {
            throw .exchange(error)
        }
        var rows = [table.header] + table.rows
        let headerRow = hasHeader ? rows.removeFirst() : nil
        let nameColumn = hasNames ? rows.map(\.first) : []
        if hasNames { rows = rows.map { Array($0.dropFirst()) } }
        let width = rows.map(\.count).max() ?? 0
        guard !rows.isEmpty, width > 0 else {
            throw .exchange(.invalid(message: "no reliability data: the file needs one row per coder and one column per unit"
                                     + (transposed ? " (one row per unit and one column per coder with --transpose)" : ""),
                                     at: SourceLocation(file: path, line: 1)))
        }
        var cells = rows.map { row in row.map(\.value) + Array(repeating: "", count: width - row.count) }
        // Coder names: the first column, or with --transpose the header row.
        var nameFields: [CSVTable.Field?] = (0..<(transposed ? width : cells.count)).map { _ in nil }
        if transposed {
            cells = (0..<width).map { column in cells.map { $0[column] } }
            if let headerRow {
                let names = Array(headerRow.dropFirst(hasNames ? 1 : 0))
                for index in nameFields.indices where index < names.count { nameFields[index] = names[index] }
            }
        } else if hasNames {
            nameFields = nameColumn
        }
        var coderNames: [String] = []
        var seen: [String: Int] = [:]
        for (index, field) in nameFields.enumerated() {
            var name = field?.value.trimmingCharacters(in: .whitespaces) ?? ""
            if name.isEmpty { name = "coder \(index + 1)" }
            if let field, let first = seen[name] {
                throw .exchange(.invalid(message: "coder '\(name)' is named twice (also coder \(first + 1)); each coder needs a name of their own",
                                         at: SourceLocation(file: path, line: field.line, column: field.column)))
            }
            seen[name] = index
            coderNames.append(name)
        }
        let data = ReliabilityData(coders: coderNames, cells: cells)
        if metric.needsNumbers, !data.isNumeric {
            // Only on this error path: find the first cell that is not a number, to say where it is.
            for row in rows {
                for field in row {
                    let value = field.value.trimmingCharacters(in: .whitespaces)
                    guard value.isEmpty || Double(value)?.isFinite == true else {
                        throw .exchange(.invalid(message: "'\(value)' is not a number, and \(metric) data need numbers (or use --metric nominal)",
                                                 at: SourceLocation(file: path, line: field.line, column: field.column)))
                    }
                }
            }
        }
        return data
    }
}
