import Foundation
import Testing
import ThematicTestSupport
import ThematicExchange
import ThematicModel

@Suite("CSV reading and writing")
struct CSVTests {
    @Test func excelStyleFileRoundTrips() throws {
        let rows = [["P01", "1", "She said \"hi\", then left.\nNew line", " padded ", "a;b"], ["P02", "2", "", "plain", "é🙂"]]
        let text = CSVWriter().text(header: ["source", "n", "text", "pad", "codes"], rows: rows)
        #expect(text.hasPrefix("\u{FEFF}source,n,text,pad,codes\r\n"))
        #expect(text.contains("\"She said \"\"hi\"\", then left.\nNew line\""))
        let table = try CSVReader().read(text, file: "x.csv")
        #expect(table.header.map(\.value) == ["source", "n", "text", "pad", "codes"])
        #expect(table.rows.map { $0.map(\.value) } == rows)
        // The second data row starts on line 4: the quoted line break counts.
        #expect(table.rows[1][0].line == 4)
        #expect(table.rows[1][3].column == 8)
    }

    @Test func lineEndingsAndDelimiters() throws {
        for text in ["a,b\r\n1,2\r\n", "a,b\n1,2", "a,b\r1,2\r", "a;b\n1;2\n", "a\tb\n1\t2\n", "a,b\n\n1,2\n\n"] {
            let table = try CSVReader().read(text, file: "x.csv")
            #expect(table.rows.map { $0.map(\.value) } == [["1", "2"]], "\(text.debugDescription)")
        }
        let quotedCRLF = try CSVReader().read("a\r\n\"x\r\ny\"\r\n", file: "x.csv")
        #expect(quotedCRLF.rows[0][0].value == "x\ny")
    }

    @Test(arguments: [
        ("a,b\n\"open,2\n", "x.csv:2:1: error: a quoted field is never closed"),
        ("a,b\n\"x\"y,2\n", "x.csv:2:4: error: text after the closing quote of a field; double a quote inside a quoted field (\"\")"),
        ("", "x.csv:1:1: error: the file is empty; a header line is expected"),
    ])
    func malformedFilesSayWhere(text: String, message: String) {
        #expect {
            try CSVReader().read(text, file: "x.csv")
        } throws: { error in
            (error as? ExchangeError)?.description == message
        }
    }

    @Test func casesInferTypes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("cases.csv").path
        try "case,source,interpreter,wai,date,note\nP1,P01;P01b,yes,58,2026-04-02,x\nP2,,no,7.5,2026-04-03,\n".write(toFile: path, atomically: true, encoding: .utf8)
        let cases = try CaseTableReader().read(contentsOf: path)
        #expect(cases.map(\.sourceIDs) == [["P01", "P01b"], []])
        #expect(cases[0].attributes.map(\.kind) == [.boolean, .number, .date, .text])
        #expect(cases[1].attribute("note") == nil)
        #expect(cases[0].attribute("interpreter")?.matches("true") == true)
        #expect(cases[1].attribute("wai")?.matches("7.50") == true)
    }
}

@Suite("Rules and codebook files")
struct RulesAndCodebookFileTests {
    @Test func readsRules() throws {
        let yaml = """
            version: 1
            rules:
              - id: trust
                code: alliance/bond/trust
                keywords: [trust*, "felt safe"]
                roles: [participant]
                unit: around:2
              - id: caps
                code: context/practicalities
                patterns: ['session caps?']
                within: context
            """
        let rules = try YAMLRulesReader().read(yaml, file: "r.yaml")
        #expect(rules == [
            AutoCodingRule(id: "trust", codeID: "alliance/bond/trust", keywords: ["trust*", "felt safe"], roles: [.participant], unit: .around(2)),
            AutoCodingRule(id: "caps", codeID: "context/practicalities", patterns: ["session caps?"], withinCodeID: "context", unit: .sentence),
        ])
    }

    @Test(arguments: [
        ("rules:\n  - id: a\n    code: x\n    keyword: [y]\n", "r.yaml:4:5: error: unknown key 'keyword' in a rule"),
        ("rules:\n  - id: a\n    code: x\n", "r.yaml:2:5: error: rule 'a' needs 'keywords' or 'patterns'"),
        ("rules:\n  - id: a\n    code: x\n    keywords: [y]\n    unit: paragraph\n", "r.yaml:5:11: error: 'unit' is match, sentence, utterance or around:N"),
        ("rules:\n  - id: a\n    code: x\n    keywords: [y]\n    roles: [client]\n", "r.yaml:5:13: error: a role is one of interviewer, participant, interpreter, other"),
    ])
    func rejectsBadRules(yaml: String, message: String) {
        #expect {
            try YAMLRulesReader().read(yaml, file: "r.yaml")
        } throws: { error in
            (error as? ExchangeError)?.description.hasPrefix(message) == true
        }
    }

    @Test func exampleRulesAndCodebookYAMLRoundTrip() throws {
        let example = TestPaths.example
        let rules = try YAMLRulesReader().read(contentsOf: example.appendingPathComponent("rules.yaml").path)
        #expect(rules.map(\.id) == ["trust-words", "homework-words", "interpreter-mentions", "waiting-lists", "known-in-the-community"])
        let codebook = try YAMLCodebookReader().read(contentsOf: example.appendingPathComponent("codebook.yaml").path)
        let written = try YAMLCodebookWriter().text(codebook)
        #expect(try YAMLCodebookReader().read(written, file: "w.yaml") == codebook)
    }

    @Test func readsCSVCodebook() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("codebook.csv").path
        try "code,parent,name,definition,codable\nalliance,,Working alliance,,no\nbond,alliance,Bond,\"Warmth, liking\",\n".write(toFile: path, atomically: true, encoding: .utf8)
        let codebook = try CSVCodebookReader().read(contentsOf: path)
        #expect(codebook.codes.map(\.id) == ["alliance", "alliance/bond"])
        #expect(codebook.codes.map(\.isCodable) == [false, true])
        #expect(codebook.codes[1].definition == "Warmth, liking")
    }
}
