import Foundation
import ThematicModel

/// Reads CSV as RFC 4180 describes it and as spreadsheet programs write it: a UTF-8 byte-order
/// mark is skipped, lines end in CRLF, LF or CR, fields in double quotes may hold commas, line
/// breaks (read as LF) and doubled quotes (`""`). The delimiter is a comma, or a semicolon or tab when the
/// header line holds one of those and no comma (as Excel writes CSV in some locales).
public struct CSVReader: Sendable {
    public init() {}

    /// Reads a CSV file.
    /// - Throws: ``ExchangeError/unreadable(path:reason:)``, or ``ExchangeError/malformed(message:at:)``
    ///   for an unterminated quoted field or text after a closing quote.
    public func read(contentsOf path: String) throws(ExchangeError) -> CSVTable {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .malformed(message: "the file is not UTF-8 text; save it as 'CSV UTF-8'", at: SourceLocation(file: path, line: 1))
        }
        return try read(text, file: path)
    }

    /// Reads CSV text.
    public func read(_ text: String, file: String) throws(ExchangeError) -> CSVTable {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let delimiter = CSVReader.delimiter(scalars)
        var rows: [[CSVTable.Field]] = []
        var row: [CSVTable.Field] = []
        var value = String.UnicodeScalarView()
        var line = 1, column = 1
        var fieldLine = 1, fieldColumn = 1
        var index = 0
        var quoted = false
        var wasQuoted = false
        var rowHasContent = false

        func endField() {
            row.append(CSVTable.Field(value: String(value), line: fieldLine, column: fieldColumn, quoted: wasQuoted))
            value = String.UnicodeScalarView()
            wasQuoted = false
        }
        func endRow() {
            endField()
            if rowHasContent || row.count > 1 { rows.append(row) }
            row = []
            rowHasContent = false
        }

        fieldLine = line
        fieldColumn = column
        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        value.append("\"")
                        index += 2
                        column += 2
                        continue
                    }
                    quoted = false
                    index += 1
                    column += 1
                    // After a closing quote only a delimiter or a line break may follow.
                    if index < scalars.count, scalars[index] != delimiter, scalars[index] != "\n", scalars[index] != "\r" {
                        throw .malformed(message: "text after the closing quote of a field; double a quote inside a quoted field (\"\")",
                                         at: SourceLocation(file: file, line: line, column: column))
                    }
                    continue
                }
                index += 1
                // A line break inside a quoted field is kept as LF, whichever way the file ends lines.
                if scalar == "\r" {
                    value.append("\n")
                    if index < scalars.count, scalars[index] == "\n" { index += 1 }
                } else {
                    value.append(scalar)
                }
                if scalar == "\n" || scalar == "\r" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                continue
            }
            switch scalar {
            case "\"" where value.isEmpty:
                quoted = true
                wasQuoted = true
                rowHasContent = true
                index += 1
                column += 1
            case delimiter:
                endField()
                index += 1
                column += 1
                fieldLine = line
                fieldColumn = column
            case "\n", "\r":
                endRow()
                index += (scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n") ? 2 : 1
                line += 1
                column = 1
                fieldLine = line
                fieldColumn = column
            default:
                value.append(scalar)
                if !scalar.properties.isWhitespace { rowHasContent = true }
                index += 1
                column += 1
            }
        }
        if quoted {
            throw .malformed(message: "a quoted field is never closed", at: SourceLocation(file: file, line: fieldLine, column: fieldColumn))
        }
        if !value.isEmpty || !row.isEmpty || rowHasContent { endRow() }
        guard let header = rows.first else {
            throw .invalid(message: "the file is empty; a header line is expected", at: SourceLocation(file: file, line: 1))
        }
        return CSVTable(file: file, header: header, rows: Array(rows.dropFirst()))
    }

    private static func delimiter(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        let firstLine = scalars.prefix { $0 != "\n" && $0 != "\r" }
        if firstLine.contains(",") { return "," }
        if firstLine.contains(";") { return ";" }
        if firstLine.contains("\t") { return "\t" }
        return ","
    }
}
