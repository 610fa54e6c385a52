import Foundation
import ThematicModel

/// Reads a table of cases (one row per case, usually a participant) from CSV.
///
/// The column `case` (or `id`) names the case; `source` (or `sources`, several separated by `;`)
/// names its transcripts, defaulting to the case id. Every other column is an attribute; its type
/// is inferred from all its values: `boolean` when every value is yes/no (true/false), `number`
/// when every value is a number, `date` when every value is `YYYY-MM-DD`, else `text`. An empty
/// cell means the case lacks that attribute.
public struct CaseTableReader: Sendable {
    public init() {}

    /// Reads a cases file.
    /// - Throws: ``ExchangeError`` naming the file, line and column of the first problem.
    public func read(contentsOf path: String) throws(ExchangeError) -> [StudyCase] {
        try read(CSVReader().read(contentsOf: path))
    }

    /// Reads cases from a parsed table.
    public func read(_ table: CSVTable) throws(ExchangeError) -> [StudyCase] {
        guard let caseColumn = table.column("case") ?? table.column("id") else {
            throw .invalid(message: "the header needs a 'case' column", at: SourceLocation(file: table.file, line: table.header.first?.line ?? 1))
        }
        let sourceColumn = table.column("source") ?? table.column("sources")
        let attributeColumns = table.header.indices.filter { $0 != caseColumn && $0 != sourceColumn }
        var kinds: [Int: CaseAttribute.Kind] = [:]
        for column in attributeColumns {
            let values = table.rows.map { table.value($0, column).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            kinds[column] = CaseTableReader.kind(of: values)
        }
        var cases: [StudyCase] = []
        var seen = Set<String>()
        for row in table.rows {
            let id = table.value(row, caseColumn).trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty else {
                throw .invalid(message: "this row has no case id", at: table.location(row: row, column: caseColumn))
            }
            guard seen.insert(id).inserted else {
                throw .invalid(message: "case '\(id)' appears twice", at: table.location(row: row, column: caseColumn))
            }
            let sources = table.value(row, sourceColumn).split(separator: ";")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            var studyCase = StudyCase(id: id, sourceIDs: sourceColumn == nil ? [id] : sources)
            for column in attributeColumns {
                let value = table.value(row, column).trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty else { continue }
                let kind = kinds[column] ?? .text
                let stored = kind == .boolean ? (CaseAttribute.boolean(value)! ? "yes" : "no") : value
                studyCase.attributes.append(CaseAttribute(name: table.header[column].value.trimmingCharacters(in: .whitespaces),
                                                          kind: kind, value: stored))
            }
            cases.append(studyCase)
        }
        return cases
    }

    static func kind(of values: [String]) -> CaseAttribute.Kind {
        guard !values.isEmpty else { return .text }
        if values.allSatisfy({ CaseAttribute.boolean($0) != nil && Double($0) == nil }) { return .boolean }
        if values.allSatisfy({ Double($0) != nil }) { return .number }
        if values.allSatisfy(isDate) { return .date }
        return .text
    }

    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}
