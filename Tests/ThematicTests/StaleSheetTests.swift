import Foundation
import Testing
import Thematic
import ThematicTestSupport

/// A coding sheet made before a transcript was corrected must land each code on the utterance the
/// coder saw, or be refused — never applied to whatever line now has the same number.
@Suite("Coding sheets from an earlier revision")
struct StaleSheetTests {
    /// A project with P01 and the example codebook, and anna's empty sheet of revision 1.
    private func setUp(_ folder: TemporaryFolder) throws -> (Project, [String]) {
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        _ = try project.ingest([TestPaths.exampleTranscript("P01")])
        _ = try project.importCodebook(from: TestPaths.example.appendingPathComponent("codebook.yaml").path)
        let sheet = try project.exportSheet(source: "P01", coder: "anna")
        return (project, sheet.components(separatedBy: "\r\n"))
    }

    /// The sheet with `codes` written on the row of utterance `number`.
    private func fill(_ lines: inout [String], utterance number: Int, codes: String) throws {
        let index = try #require(lines.firstIndex { $0.hasPrefix("P01,1,\(number),") })
        #expect(lines[index].hasSuffix(",,,anna"))
        lines[index] = String(lines[index].dropLast(",,,anna".count)) + ",\(codes),,anna"
    }

    /// P01 corrected: two turns inserted after the first one, and optionally utterance 12 reworded.
    private func corrected(_ folder: TemporaryFolder, rewordGoal: Bool = false) throws -> String {
        var text = try String(contentsOfFile: TestPaths.exampleTranscript("P01"), encoding: .utf8)
        let second = try #require(text.range(of: "[00:00:15] P01:"))
        text.insert(contentsOf: "[00:00:10] Interviewer: Sorry, one moment, the recorder.\n\n[00:00:12] P01: Okay.\n\n",
                    at: second.lowerBound)
        if rewordGoal {
            text = text.replacingOccurrences(of: "At the start, honestly, I just wanted", with: "At the very start, I just wanted")
        }
        return try folder.write("P01-corrected.txt", text: text)
    }

    @Test("lines inserted above: each row's codes land on its utterance's new number")
    func insertedLines() throws {
        let folder = TemporaryFolder()
        let (project, sheet) = try setUp(folder)
        var lines = sheet
        try fill(&lines, utterance: 10, codes: "alliance/bond/trust")
        try fill(&lines, utterance: 12, codes: "goals")
        let file = try folder.write("P01.csv", text: lines.joined(separator: "\r\n"))
        let oldTrust = try project.transcript(id: "P01").utterances[9]
        let oldText = try project.transcript(id: "P01").text
        let trustText = String(String.UnicodeScalarView(Array(oldText.unicodeScalars)[oldTrust.span.start..<oldTrust.span.end]))

        _ = try project.ingest([try corrected(folder)])
        let report = try project.importSheet(from: file)
        #expect(report.added.map { "\($0.utterance) \($0.codeID)" } == ["12 alliance/bond/trust", "14 alliance/goals"])
        #expect(report.removed.isEmpty)
        #expect(report.remapped.count == 45)
        let codings = try project.codings(source: "P01")
        #expect(codings.count == 2)
        let current = try project.transcript(id: "P01")
        let trust = try #require(codings.first { $0.codeID == "alliance/bond/trust" })
        #expect(String(String.UnicodeScalarView(Array(current.text.unicodeScalars)[trust.span.start..<trust.span.end])) == trustText)
        #expect(try project.importSheet(from: file).isEmpty, "importing the same sheet again changes nothing")
    }

    @Test("a row about an utterance edited since is refused with its place, and nothing changes")
    func editedRowRefused() throws {
        let folder = TemporaryFolder()
        let (project, sheet) = try setUp(folder)
        var lines = sheet
        try fill(&lines, utterance: 10, codes: "trust")
        try fill(&lines, utterance: 12, codes: "goals")
        let file = try folder.write("P01.csv", text: lines.joined(separator: "\r\n"))
        let row = try #require(lines.firstIndex { $0.hasPrefix("P01,1,12,") }) + 1
        _ = try project.ingest([try corrected(folder, rewordGoal: true)])
        let events = try project.events().count
        do {
            _ = try project.importSheet(from: file)
            Issue.record("expected the sheet to be refused")
        } catch {
            #expect(error.description.contains("\(file):\(row):"), "\(error.description)")
            #expect(error.description.contains("P01:12 of revision 1"), "\(error.description)")
            #expect(error.description.contains("was edited in a later revision (now P01:14 of revision 2)"), "\(error.description)")
            #expect(!error.description.contains(":\(row - 2):"), "the unchanged row 10 is not an error")
        }
        #expect(try project.events().count == events)
        #expect(try project.codings(source: "P01").isEmpty)
    }

    @Test("an edited utterance whose row asks for nothing new does not block the sheet")
    func editedRowWithoutChange() throws {
        let folder = TemporaryFolder()
        let (project, sheet) = try setUp(folder)
        var lines = sheet
        try fill(&lines, utterance: 10, codes: "trust")
        let file = try folder.write("P01.csv", text: lines.joined(separator: "\r\n"))
        _ = try project.ingest([try corrected(folder, rewordGoal: true)])
        let report = try project.importSheet(from: file)
        #expect(report.added.map { "\($0.utterance) \($0.codeID)" } == ["12 alliance/bond/trust"])
    }

    @Test("a row whose text is not its utterance's is refused: rows moved or edited by hand")
    func textMismatch() throws {
        let folder = TemporaryFolder()
        let (project, sheet) = try setUp(folder)
        var lines = sheet
        try fill(&lines, utterance: 12, codes: "goals")
        // The row of utterance 12 now claims to be utterance 11.
        let index = try #require(lines.firstIndex { $0.hasPrefix("P01,1,12,") })
        lines[index] = "P01,1,11," + lines[index].dropFirst("P01,1,12,".count)
        let file = try folder.write("P01.csv", text: lines.joined(separator: "\r\n"))
        do {
            _ = try project.importSheet(from: file)
            Issue.record("expected the row to be refused")
        } catch {
            #expect(error.description.contains("\(file):\(index + 1):"), "\(error.description)")
            #expect(error.description.contains("is not the text of P01:11 in revision 1"), "\(error.description)")
        }
        #expect(try project.codings(source: "P01").isEmpty)
    }

    @Test("a sheet naming neither revision nor text is refused once the source has been corrected")
    func bareSheetAfterCorrection() throws {
        let folder = TemporaryFolder()
        let (project, _) = try setUp(folder)
        let file = try folder.write("bare.csv", text: "source,utterance,codes\nP01,12,goals\n")
        _ = try project.ingest([try corrected(folder)])
        do {
            _ = try project.importSheet(from: file)
            Issue.record("expected the sheet to be refused")
        } catch {
            #expect(error.description.contains("\(file):2:"), "\(error.description)")
            #expect(error.description.contains("neither which revision"), "\(error.description)")
        }
        #expect(try project.codings(source: "P01").isEmpty)
    }

    @Test("a sheet from a revision that does not exist is refused")
    func futureRevision() throws {
        let folder = TemporaryFolder()
        let (project, sheet) = try setUp(folder)
        var lines = sheet
        try fill(&lines, utterance: 12, codes: "goals")
        let index = try #require(lines.firstIndex { $0.hasPrefix("P01,1,12,") })
        lines[index] = "P01,3,12," + lines[index].dropFirst("P01,1,12,".count)
        let file = try folder.write("P01.csv", text: lines.joined(separator: "\r\n"))
        #expect(throws: ThematicError.self) { try project.importSheet(from: file) }
        #expect(try project.codings(source: "P01").isEmpty)
    }
}
