import Foundation
import Testing
import Thematic
import ThematicTestSupport

@Suite("Ingesting transcripts into a project")
struct IngestTests {
    private func projectBytes(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test("the example study ingests; the same files again are duplicates, not new sources")
    func duplicates() throws {
        let folder = TemporaryFolder()
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        let files = ["P01", "P02", "P03"].map(TestPaths.exampleTranscript)
        let first = try project.ingest(files)
        #expect(first.ingested.map(\.sourceID) == ["P01", "P02", "P03"])
        #expect(first.ingested.map(\.revision) == [1, 1, 1])
        let again = try project.ingest(files)
        #expect(again.ingested.isEmpty)
        #expect(again.duplicates.map(\.sourceID) == ["P01", "P02", "P03"])
        #expect(try project.sources().count == 3)
        // The repeat changed nothing, so it wrote no event.
        #expect(try project.events().map(\.command) == ["init", "ingest"])
    }

    @Test("a changed file for an existing source becomes its next revision")
    func revisions() throws {
        let folder = TemporaryFolder()
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        let file = try folder.write("P09.txt", text: "Interviewer: Hello.\nP09: Hi.\n")
        _ = try project.ingest([file])
        try folder.write("P09.txt", text: "Interviewer: Hello.\nP09: Hi there.\n")
        let report = try project.ingest([file])
        #expect(report.ingested.first?.revision == 2)
        #expect(try project.transcript(id: "P09").text == "Interviewer: Hello.\nP09: Hi there.\n")
        #expect(try project.transcript(id: "P09", revision: 1).text == "Interviewer: Hello.\nP09: Hi.\n")
        #expect(try project.sources().first?.revision == 2)
    }

    enum BadInput: String, CaseIterable {
        case missing, directory, empty, binary, noTurns
    }

    @Test("a bad file is a clear error and leaves the project exactly as it was", arguments: BadInput.allCases)
    func badInput(kind: BadInput) throws {
        let folder = TemporaryFolder()
        let projectPath = folder.path("s.thematic")
        _ = try Project.create(at: projectPath, actor: "anna")
        let before = try projectBytes(projectPath)
        let bad: String
        switch kind {
        case .missing: bad = folder.path("nope.txt")
        case .directory: bad = folder.url.path
        case .empty: bad = try folder.write("empty.txt", [UInt8]())
        case .binary: bad = try folder.write("img.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        case .noTurns: bad = try folder.write("prose.txt", text: "Just a paragraph of notes without any speaker.\n")
        }
        let project = try Project.open(at: projectPath, actor: "anna")
        let error = #expect(throws: ThematicError.self) {
            try project.ingest([TestPaths.exampleTranscript("P01"), bad])
        }
        guard case .ingestFailed(let failures, let total) = error else {
            Issue.record("expected ingestFailed, got \(String(describing: error))")
            return
        }
        #expect(total == 2)
        #expect(failures.map(\.file) == [bad])
        #expect(failures.first?.message.hasPrefix(bad) == true)
        #expect(try project.sources().isEmpty)
        #expect(try project.events().count == 1)
        #expect(try projectBytes(projectPath) == before)
    }

    @Test("a binary file's error names the line and column of its first NUL byte")
    func binaryLocation() throws {
        let folder = TemporaryFolder()
        let bad = try folder.write("x.txt", Array("I: fine\nP: ok\u{1}".utf8) + [0x00])
        #expect(throws: ThematicError.self) { try TranscriptFile.read(bad) }
        do {
            _ = try TranscriptFile.read(bad)
        } catch {
            #expect(error.description == "\(bad):2:7: error: the file holds binary data, not a transcript (a NUL byte here)")
        }
    }

    @Test("with keepGoing the good files are ingested and the bad ones listed")
    func keepGoing() throws {
        let folder = TemporaryFolder()
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        let missing = folder.path("missing.txt")
        let report = try project.ingest([TestPaths.exampleTranscript("P01"), missing, TestPaths.exampleTranscript("P02")],
                                        options: IngestOptions(keepGoing: true))
        #expect(report.ingested.map(\.sourceID) == ["P01", "P02"])
        #expect(report.failures.map(\.file) == [missing])
        let event = try #require(try project.events().last)
        #expect(event.command == "ingest")
        #expect(event.actor == "anna")
        #expect(event.payload.contains("\"failed\":[\"\(missing)\"]"))
    }

    @Test("two files claiming one source id in a batch are refused")
    func idClash() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("a"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path("b"), withIntermediateDirectories: true)
        let first = try folder.write("a/P01.txt", text: "I: one\nP: two\n")
        let second = try folder.write("b/P01.txt", text: "I: three\nP: four\n")
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        #expect(throws: ThematicError.self) { try project.ingest([first, second]) }
        #expect(try project.sources().isEmpty)
    }

    @Test("--strict refuses a file with warnings")
    func strict() throws {
        let folder = TemporaryFolder()
        let file = try folder.write("w.txt", text: "preamble with no speaker\nI: hello\nP: hi\n")
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        #expect(throws: ThematicError.self) { try project.ingest([file], options: IngestOptions(strict: true)) }
        let report = try project.ingest([file])
        #expect(report.ingested.first?.warnings.first?.location?.line == 1)
    }
}
