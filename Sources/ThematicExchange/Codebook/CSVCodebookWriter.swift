import ThematicModel

/// Writes a codebook as the CSV ``CSVCodebookReader`` reads (one code a row, parents first, full
/// ids, guids included), so a written codebook imports back unchanged. Themes and auto-coding
/// rules have no place in one table: they are in the YAML and REFI-QDA exports.
public struct CSVCodebookWriter: Sendable {
    /// The columns, in order.
    public static let header = ["code", "name", "codable", "definition", "include", "exclude", "example", "atypical_example",
                                "colour", "memo", "guid"]

    public init() {}

    /// The CSV text (UTF-8 with a BOM and CRLF, as spreadsheets read it).
    public func text(_ codebook: Codebook) -> String {
        CSVWriter().text(header: Self.header, rows: codebook.codes.map { code in
            [code.id, code.name, code.isCodable ? "yes" : "no", code.definition, code.inclusion, code.exclusion, code.typicalExample,
             code.atypicalExample, code.colour ?? "", code.memo, code.guid.uuidString]
        })
    }
}
