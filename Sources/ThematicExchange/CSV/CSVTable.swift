import Foundation
import ThematicModel

/// A CSV file read into rows of fields, each field with the place it starts in the file, so that
/// an error about a cell can be reported `file:line:column`.
public struct CSVTable: Hashable, Sendable {
    /// One field and where it starts.
    public struct Field: Hashable, Sendable {
        public var value: String
        /// 1-based line of the file.
        public var line: Int
        /// 1-based column, in Unicode scalars.
        public var column: Int
        /// Whether the field was written in double quotes.
        public var quoted: Bool = false

        /// The location of a scalar offset inside the value (for a quoted field, after the quote),
        /// counting line breaks inside the value.
        public func location(ofOffset offset: Int, file: String) -> SourceLocation {
            var line = self.line, column = self.column + (quoted ? 1 : 0)
            for scalar in value.unicodeScalars.prefix(offset) {
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            return SourceLocation(file: file, line: line, column: column)
        }
    }

    /// The file name used in locations.
    public var file: String
    /// The first row (column names).
    public var header: [Field]
    /// The other rows, without blank lines.
    public var rows: [[Field]]

    /// The position of a column by name (case-insensitive, spaces trimmed), if present.
    public func column(_ name: String) -> Int? {
        header.firstIndex { $0.value.trimmingCharacters(in: .whitespaces).lowercased() == name.lowercased() }
    }

    /// The location of a row's field (or of the row's start when the row is short).
    public func location(row: [Field], column: Int) -> SourceLocation {
        let field = column < row.count ? row[column] : row.last
        return SourceLocation(file: file, line: field?.line ?? 1, column: column < row.count ? (field?.column ?? 1) : 1)
    }

    /// The value of a row's field, `""` when the row is short.
    public func value(_ row: [Field], _ column: Int?) -> String {
        guard let column, column < row.count else { return "" }
        return row[column].value
    }
}
