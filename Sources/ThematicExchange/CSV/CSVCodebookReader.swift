import Foundation
import ThematicModel

/// Reads a codebook from CSV: one code per row, parents before children.
///
/// Columns (by name, any order; only `code` is required): `code` (a slug, or a full id),
/// `parent` (the parent's full id; empty for a top-level code), `name` (default: the slug),
/// `definition`, `include`, `exclude`, `example`, `atypical_example`, `colour`, `memo`,
/// `codable` (yes/no, default yes), `guid`.
public struct CSVCodebookReader: Sendable {
    public init() {}

    /// Reads a CSV codebook file.
    /// - Throws: ``ExchangeError`` naming the file, line and column of the first problem.
    public func read(contentsOf path: String) throws(ExchangeError) -> Codebook {
        let table = try CSVReader().read(contentsOf: path)
        guard let codeColumn = table.column("code") ?? table.column("id") else {
            throw .invalid(message: "a CSV codebook needs a 'code' column", at: SourceLocation(file: path, line: 1))
        }
        let column = { (name: String) in table.column(name) }
        var codebook = Codebook()
        for row in table.rows {
            let written = table.value(row, codeColumn).trimmingCharacters(in: .whitespaces)
            let parent = table.value(row, column("parent")).trimmingCharacters(in: .whitespaces)
            let id = parent.isEmpty || written.contains("/") ? written : "\(parent)/\(written)"
            let slug = String(id.split(separator: "/").last ?? "")
            guard !id.isEmpty, id.split(separator: "/", omittingEmptySubsequences: false).allSatisfy(Code.isValidSlug) else {
                throw .invalid(message: "code id '\(written)' must be lowercase letters, digits and '-'", at: table.location(row: row, column: codeColumn))
            }
            let name = table.value(row, column("name")).trimmingCharacters(in: .whitespaces)
            var code = Code(id: id, name: name.isEmpty ? slug : name)
            code.definition = table.value(row, column("definition"))
            code.inclusion = table.value(row, column("include"))
            code.exclusion = table.value(row, column("exclude"))
            code.typicalExample = table.value(row, column("example"))
            code.atypicalExample = table.value(row, column("atypical_example"))
            code.memo = table.value(row, column("memo"))
            let colour = table.value(row, column("colour") ?? column("color")).trimmingCharacters(in: .whitespaces)
            if !colour.isEmpty {
                guard YAMLCodebookReader.isColour(colour) else {
                    throw .invalid(message: "colour must be written #rrggbb", at: table.location(row: row, column: (column("colour") ?? column("color"))!))
                }
                code.colour = colour.lowercased()
            }
            let codable = table.value(row, column("codable")).trimmingCharacters(in: .whitespaces)
            if !codable.isEmpty {
                guard let value = CaseAttribute.boolean(codable) else {
                    throw .invalid(message: "'codable' is yes or no", at: table.location(row: row, column: column("codable")!))
                }
                code.isCodable = value
            }
            let guid = table.value(row, column("guid")).trimmingCharacters(in: .whitespaces)
            if !guid.isEmpty {
                guard let value = UUID(uuidString: guid) else {
                    throw .invalid(message: "guid is not a UUID", at: table.location(row: row, column: column("guid")!))
                }
                code.guid = value
            }
            codebook.codes.append(code)
        }
        do {
            try codebook.validate()
        } catch {
            throw .invalid(message: error.description, at: SourceLocation(file: path, line: 1))
        }
        return codebook
    }
}
