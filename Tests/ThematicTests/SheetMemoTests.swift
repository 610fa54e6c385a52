import Foundation
import Testing
import Thematic
import ThematicTestSupport

@Suite("Coding sheets never drop a memo")
struct SheetMemoTests {
    @Test("a memo on a row without codes is an error at the memo cell, and nothing changes")
    func memoWithoutCode() throws {
        let folder = TemporaryFolder()
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        _ = try project.ingest([TestPaths.exampleTranscript("P02")])
        _ = try project.importCodebook(from: TestPaths.example.appendingPathComponent("codebook.yaml").path)
        let sheet = try project.exportSheet(source: "P02", coder: "anna")
        var lines = sheet.components(separatedBy: "\r\n")
        // Row for utterance 2: codes in column 6 (empty), a memo in column 7, coder in column 8.
        #expect(lines[2].hasSuffix(",,,anna"))
        lines[2] = String(lines[2].dropLast(",,,anna".count)) + ",trust,,anna"
        lines[3] = String(lines[3].dropLast(",,,anna".count)) + ",,\"a note\nover two lines\",anna"
        let file = try folder.write("P02.csv", text: lines.joined(separator: "\r\n"))
        let eventsBefore = try project.events().count
        do {
            _ = try project.importSheet(from: file)
            Issue.record("expected the memo to be refused")
        } catch {
            #expect(error.description.contains("\(file):4:"), "\(error.description)")
            #expect(error.description.contains("this row has none"))
        }
        #expect(try project.events().count == eventsBefore)
        #expect(try project.codingCounts().isEmpty)
    }
}
