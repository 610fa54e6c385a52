import Foundation
import Testing
import ThematicExchange
import ThematicModel
import ThematicTestSupport

/// Participant text must never run as a spreadsheet formula, and what is neutralised on export
/// must come back exactly on import.
@Suite("Spreadsheet formula neutralisation")
struct SpreadsheetCellTests {
    @Test("cells a spreadsheet would run get an apostrophe", arguments: [
        ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-1 point, really", "'-1 point, really"),
        ("@home", "'@home"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1", "'\r=1"),
        ("'=already marked", "''=already marked"),
        ("''-twice", "'''-twice"),
    ])
    func neutralised(raw: String, written: String) {
        #expect(SpreadsheetCell.neutralised(raw) == written)
        #expect(SpreadsheetCell.restored(written) == raw)
    }

    @Test("everything else is written as it is", arguments: [
        "", "plain", "'tis the season", "''", "'", "a=b", "1-2", "e-mail@x", " =padded", "🙂=", "'a=", "–en dash",
    ])
    func untouched(raw: String) {
        #expect(SpreadsheetCell.neutralised(raw) == raw)
        #expect(SpreadsheetCell.restored(raw) == raw)
    }

    @Test("the round trip is exact on seeded random cells made of the characters that matter")
    func randomRoundTrip() {
        var random = SeededGenerator(seed: 13_7)
        let alphabet: [Character] = ["=", "+", "-", "@", "'", "\t", "a", " ", "1", "é"]
        for _ in 0..<5_000 {
            let cell = String((0..<random.int(0...6)).map { _ in random.pick(alphabet) })
            let written = SpreadsheetCell.neutralised(cell)
            #expect(SpreadsheetCell.restored(written) == cell, "\(cell.debugDescription)")
            // What is written never starts a formula.
            if let first = written.unicodeScalars.first { #expect(!["=", "+", "-", "@", "\t", "\r"].contains(first), "\(cell.debugDescription)") }
        }
    }

    @Test("a coding sheet writes neutralised cells and reads back the exact text")
    func sheetRoundTrip() throws {
        let texts = ["=SUM(A1:A9)", "-- I don't know", "@therapist you mean?", "'=quoted already", "+1 for that"]
        let rows = texts.enumerated().map { number, text in
            CodingSheet.Row(source: "P01", revision: 1, utterance: number + 1, speaker: "-P-", start: "", text: text,
                            codes: [], memo: "=memo \(number)", coder: "anna")
        }
        let csv = CodingSheet.csv(rows)
        for line in csv.components(separatedBy: "\r\n").dropFirst() where !line.isEmpty {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            #expect(cells.allSatisfy { !["=", "+", "-", "@"].contains($0.first ?? " ") }, "\(line)")
        }
        let folder = TemporaryFolder()
        let back = try CodingSheet.read(contentsOf: try folder.write("s.csv", text: csv))
        #expect(back.map(\.text) == texts)
        #expect(back.map(\.memo) == texts.indices.map { "=memo \($0)" })
        #expect(back.map(\.speaker) == Array(repeating: "-P-", count: texts.count))
        #expect(back.map(\.revision) == Array(repeating: 1, count: texts.count))
    }
}
