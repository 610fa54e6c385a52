import Foundation
/// Writes CSV the way spreadsheet programs read it without asking: a UTF-8 byte-order mark (so
/// Excel takes the file as UTF-8), CRLF line ends, and fields quoted when they hold a comma, a
/// quote, a line break or leading/trailing spaces.
public struct CSVWriter: Sendable {
    /// Whether to start with a byte-order mark.
    public var byteOrderMark: Bool

    public init(byteOrderMark: Bool = true) {
        self.byteOrderMark = byteOrderMark
    }

    /// The CSV text of a header and rows.
    public func text(header: [String], rows: [[String]]) -> String {
        var text = byteOrderMark ? "\u{FEFF}" : ""
        for row in [header] + rows {
            text += row.map(CSVWriter.field).joined(separator: ",")
            text += "\r\n"
        }
        return text
    }

    /// One field, quoted when needed.
    public static func field(_ value: String) -> String {
        // Bytes, not Characters: this runs once per cell of large exports.
        let needsQuotes = value.utf8.contains { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 || $0 == 59 }
            || value.utf8.first == 32 || value.utf8.last == 32
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
