import Foundation
import ThematicModel

/// A coding sheet: one row per utterance of a source, for a coder to fill in codes in a
/// spreadsheet program.
///
/// Columns: `source`, `utterance` (1-based number), `speaker`, `start` (time), `text`, `codes`
/// (code ids separated by `;`), `memo`, `coder`. Only `source`, `utterance` and `codes` are read
/// back; the others are there for the coder to read (and `memo`, `coder` when filled in).
public enum CodingSheet {
    /// The header row, in order.
    public static let header = ["source", "utterance", "speaker", "start", "text", "codes", "memo", "coder"]

    /// One row.
    public struct Row: Hashable, Sendable {
        public var source: String
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

        public init(source: String, utterance: Int, speaker: String, start: String, text: String, codes: [String],
                    memo: String?, coder: String, codesLocation: SourceLocation = SourceLocation(file: "", line: 1)) {
            self.source = source
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
        CSVWriter().text(header: header, rows: rows.map {
            [$0.source, String($0.utterance), $0.speaker, $0.start, $0.text, $0.codes.joined(separator: "; "), $0.memo ?? "", $0.coder]
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
        let memo = table.column("memo"), coder = table.column("coder")
        return try table.rows.map { row throws(ExchangeError) in
            let numberText = table.value(row, utterance).trimmingCharacters(in: .whitespaces)
            guard let number = Int(numberText), number >= 1 else {
                throw .invalid(message: "'\(numberText)' is not an utterance number", at: table.location(row: row, column: utterance))
            }
            var list: [String] = []
            var locations: [SourceLocation] = []
            if codes < row.count {
                let field = row[codes]
                var offset = 0
                for piece in field.value.unicodeScalars.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ";" || $0 == "," || $0 == "\n" }) {
                    let leading = piece.prefix { $0 == " " || $0 == "\t" }.count
                    let name = String(String.UnicodeScalarView(piece)).trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty {
                        list.append(name)
                        locations.append(field.location(ofOffset: offset + leading, file: table.file))
                    }
                    offset += piece.count + 1
                }
            }
            var result = Row(source: table.value(row, source).trimmingCharacters(in: .whitespaces), utterance: number,
                       speaker: table.value(row, table.column("speaker")), start: table.value(row, table.column("start")),
                       text: table.value(row, table.column("text")), codes: list,
                       memo: memo.map { table.value(row, $0) },
                       coder: table.value(row, coder).trimmingCharacters(in: .whitespaces),
                       codesLocation: table.location(row: row, column: codes))
            result.codeLocations = locations
            result.memoLocation = memo.map { table.location(row: row, column: $0) }
            return result
        }
    }
}
