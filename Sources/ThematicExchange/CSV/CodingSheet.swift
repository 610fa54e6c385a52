import Foundation
import ThematicModel

/// A coding sheet: one row per utterance of a source, for a coder to fill in codes in a
/// spreadsheet program.
///
/// Columns: `source`, `revision` (the source revision the sheet was made from), `utterance`
/// (1-based number in that revision), `speaker`, `start` (time), `text` (the utterance's text in
/// that revision), `codes` (code ids separated by `;`), `memo`, `coder`. `source`, `utterance` and
/// `codes` are required; `revision` and `text` let an import check that each row is still about
/// the line it names, and `memo`, `coder` are read when filled in.
///
/// Every cell a spreadsheet program would run as a formula is written with an apostrophe before it
/// and read back without it (``SpreadsheetCell``), so participant text never runs and the round
/// trip is exact.
public enum CodingSheet {
    /// The header row, in order.
    public static let header = ["source", "revision", "utterance", "speaker", "start", "text", "codes", "memo", "coder"]

    /// One row.
    public struct Row: Hashable, Sendable {
        public var source: String
        /// The source revision the sheet was made from; `nil` when the sheet has no `revision` column
        /// or leaves it empty.
        public var revision: Int?
        public var utterance: Int
        public var speaker: String
        public var start: String
        public var text: String
        public var codes: [String]
        /// `nil` when the sheet has no memo column.
        public var memo: String?
        public var coder: String
        /// Where the row's codes cell is (for error messages).
        public var codesLocation: SourceLocation
        /// Where each code is written in the file, parallel to ``codes``.
        public var codeLocations: [SourceLocation] = []
        /// Where the row's memo cell is, when the sheet has a memo column.
        public var memoLocation: SourceLocation?
        /// Where the row's text cell is, when the sheet has a text column (`nil`: it has none).
        public var textLocation: SourceLocation?

        public init(source: String, revision: Int? = nil, utterance: Int, speaker: String, start: String, text: String, codes: [String],
                    memo: String?, coder: String, codesLocation: SourceLocation = SourceLocation(file: "", line: 1)) {
            self.source = source
            self.revision = revision
            self.utterance = utterance
            self.speaker = speaker
            self.start = start
            self.text = text
            self.codes = codes
            self.memo = memo
            self.coder = coder
            self.codesLocation = codesLocation
        }
    }

    /// The CSV text of a sheet.
    public static func csv(_ rows: [Row]) -> String {
        CSVWriter().text(header: header, rows: rows.map { row in
            [row.source, row.revision.map(String.init) ?? "", String(row.utterance), row.speaker, row.start, row.text,
             row.codes.joined(separator: "; "), row.memo ?? "", row.coder].map(SpreadsheetCell.neutralised)
        })
    }

    /// Reads a filled-in sheet.
    /// - Throws: ``ExchangeError`` naming the file, line and column of the first problem.
    public static func read(contentsOf path: String) throws(ExchangeError) -> [Row] {
        let table = try CSVReader().read(contentsOf: path)
        func required(_ name: String) throws(ExchangeError) -> Int {
            guard let column = table.column(name) else {
                throw .invalid(message: "a coding sheet needs a '\(name)' column (columns: \(header.joined(separator: ", ")))",
                               at: SourceLocation(file: path, line: table.header.first?.line ?? 1))
            }
            return column
        }
        let source = try required("source"), utterance = try required("utterance"), codes = try required("codes")
        let memo = table.column("memo"), coder = table.column("coder"), revision = table.column("revision")
        let text = table.column("text")
        func cell(_ row: [CSVTable.Field], _ column: Int?) -> String { SpreadsheetCell.restored(table.value(row, column)) }
        return try table.rows.map { row throws(ExchangeError) in
            let numberText = cell(row, utterance).trimmingCharacters(in: .whitespaces)
            guard let number = Int(numberText), number >= 1 else {
                throw .invalid(message: "'\(numberText)' is not an utterance number", at: table.location(row: row, column: utterance))
            }
            let revisionText = cell(row, revision).trimmingCharacters(in: .whitespaces)
            let revisionNumber = Int(revisionText)
            guard revisionText.isEmpty || (revisionNumber ?? 0) >= 1 else {
                throw .invalid(message: "'\(revisionText)' is not a revision number", at: table.location(row: row, column: revision!))
            }
            var list: [String] = []
            var locations: [SourceLocation] = []
            if codes < row.count {
                let field = row[codes]
                let value = SpreadsheetCell.restored(field.value)
                // The apostrophe taken off a neutralised cell still counts for the columns of its codes.
                var offset = field.value.unicodeScalars.count - value.unicodeScalars.count
                for piece in value.unicodeScalars.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ";" || $0 == "," || $0 == "\n" }) {
                    let leading = piece.prefix { $0 == " " || $0 == "\t" }.count
                    let name = String(String.UnicodeScalarView(piece)).trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty {
                        list.append(name)
                        locations.append(field.location(ofOffset: offset + leading, file: table.file))
                    }
                    offset += piece.count + 1
                }
            }
            var result = Row(source: cell(row, source).trimmingCharacters(in: .whitespaces), revision: revisionNumber,
                             utterance: number, speaker: cell(row, table.column("speaker")), start: cell(row, table.column("start")),
                             text: cell(row, text), codes: list, memo: memo.map { cell(row, $0) },
                             coder: cell(row, coder).trimmingCharacters(in: .whitespaces),
                             codesLocation: table.location(row: row, column: codes))
            result.codeLocations = locations
            result.memoLocation = memo.map { table.location(row: row, column: $0) }
            result.textLocation = text.map { table.location(row: row, column: $0) }
            return result
        }
    }
}
