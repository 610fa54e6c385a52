import Foundation
import Testing
import Thematic

/// Re-ingesting a corrected transcript: a new revision, codings moved, edited ones flagged,
/// deleted ones kept on the old revision.
@Suite("Re-anchoring codings when a transcript is corrected")
struct ReIngestTests {
    static let original = """
        Interviewer: How did trust develop?
        P01: Slowly. I did not trust her at first. It took months.
        Interviewer: And the homework?
        P01: I never did the worksheets.
        Interviewer: Anything else?
        P01: No, that is all.

        """

    @Test func correctedTranscriptKeepsEveryCoding() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thematic-reingest-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/P01.txt"
        try Self.original.write(toFile: file, atomically: true, encoding: .utf8)
        let project = try Project.create(at: folder + "/s.thematic", actor: "anna")
        _ = try project.ingest([file])
        _ = try project.importCodebook(from: AllianceStudyCodingTests.example + "/codebook.yaml")
        let text = try project.transcript(id: "P01").text
        func at(_ needle: String) -> String {
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex,
                                                     to: text.range(of: needle)!.lowerBound)
            return "P01@\(start)-\(start + needle.unicodeScalars.count)"
        }
        _ = try project.code(at("I did not trust her at first."), with: ["trust"])        // edited inside
        _ = try project.code("P01:4", with: ["homework"])                                  // moves unchanged
        _ = try project.code(at("No, that is all."), with: ["endings"])                    // deleted
        _ = try project.code("P01:1", with: ["alliance/goals"])                            // line before edits: unchanged

        let corrected = """
            Interviewer: How did trust develop?
            Interviewer: (a new line inserted before the coded answers)
            P01: Slowly. I did not really trust her at first. It took months.
            Interviewer: And the homework?
            P01: I never did the worksheets.
            Interviewer: Anything else?

            """
        try corrected.write(toFile: file, atomically: true, encoding: .utf8)
        let report = try project.ingest([file])
        let reanchoring = try #require(report.ingested.first?.reanchoring)
        #expect(report.ingested.first?.revision == 2)
        #expect(reanchoring.moved == 2)
        #expect(reanchoring.edited.map(\.codeID) == ["alliance/bond/trust"])
        #expect(reanchoring.lost.map(\.codeID) == ["context/endings"])
        #expect(reanchoring.lost.first?.oldText == "No, that is all.")

        let newText = try project.transcript(id: "P01").text
        let codings = try project.codings(source: "P01")
        func coded(_ code: String) -> String? {
            codings.first { $0.codeID == code }.map { String(TextIndex(newText).slice($0.span)) }
        }
        #expect(coded("alliance/bond/trust") == "I did not really trust her at first.")
        #expect(coded("alliance/tasks/homework") == "I never did the worksheets.")
        #expect(coded("alliance/goals") == "How did trust develop?")
        #expect(codings.allSatisfy { $0.revision == 2 })
        let revisions = try project.revisions(of: "P01")
        #expect(revisions.map(\.revision) == [1, 2])
        #expect(revisions.map(\.codings) == [1, 3])
        #expect(revisions.map(\.flaggedCodings) == [0, 1])
        #expect(try project.events().last?.command == "ingest")
        let history = try project.history(of: "P01")
        #expect(history.leftBehind.map(\.text) == ["No, that is all."])
        #expect(history.flagged.map(\.text) == ["I did not really trust her at first."])
        #expect(history.flagged.first?.flag == "edited in revision 2")
    }
}
