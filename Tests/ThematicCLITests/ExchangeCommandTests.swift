import Foundation
import Testing
import ThematicTestSupport

/// `thematic export codebook|project` and `thematic import`, run as a user runs them.
@Suite("The exchange commands")
struct ExchangeCommandTests {
    static func projectWithCodebook(in folder: TemporaryFolder) throws {
        #expect(try CommandLineRun(["init", "--project", "study.thematic"], in: folder.url).status == 0)
        #expect(try CommandLineRun(["ingest", TestPaths.exampleTranscript("P01")], in: folder.url).status == 0)
        #expect(try CommandLineRun(["codebook", "import", TestPaths.example.appendingPathComponent("codebook.yaml").path], in: folder.url).status == 0)
        #expect(try CommandLineRun(["code", "P01:2", "alliance/bond/trust"], in: folder.url).status == 0)
    }

    @Test("every new command's --help works in the debug build and teaches with examples", arguments: [
        ["export", "codebook", "--help"], ["export", "project", "--help"], ["import", "--help"],
    ])
    func help(arguments: [String]) throws {
        let run = try CommandLineRun(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Example"))
    }

    @Test("export codebook: md to stdout, qdc and csv to files, the format from the extension")
    func exportCodebook() throws {
        let folder = TemporaryFolder()
        try Self.projectWithCodebook(in: folder)
        let markdown = try CommandLineRun(["export", "codebook", "--format", "md"], in: folder.url)
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.contains("**When not to use:**"))
        #expect(markdown.stdout.contains("`alliance/bond/trust` · **Counts:** 1 coding in 1 source"))
        let qdc = try CommandLineRun(["export", "codebook", "-o", "codebook.qdc"], in: folder.url)
        #expect(qdc.status == 0, "\(qdc.stderr)")
        #expect(qdc.stderr.contains("warning: "))
        let written = try String(contentsOfFile: folder.path("codebook.qdc"), encoding: .utf8)
        #expect(written.contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\""))
        let csv = try CommandLineRun(["export", "codebook", "--format", "csv", "--output", "codebook.csv"], in: folder.url)
        #expect(csv.status == 0)
        #expect(try CommandLineRun(["codebook", "import", "codebook.csv"], in: folder.url).stdout.hasPrefix("0 added, 0 changed"))
        let unknown = try CommandLineRun(["export", "codebook", "-o", "codebook.docx"], in: folder.url)
        #expect(unknown.status == 64)
    }

    @Test("export project → import into a new project, as JSON for scripts")
    func exportImport() throws {
        let folder = TemporaryFolder()
        try Self.projectWithCodebook(in: folder)
        let export = try CommandLineRun(["export", "project", "--format", "qdpx", "--dialect", "nvivo", "-o", "study.qdpx"], in: folder.url)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("1 codings in 1 selections"))
        #expect(try CommandLineRun(["init", "--project", "copy.thematic"], in: folder.url).status == 0)
        let run = try CommandLineRun(["import", "--project", "copy.thematic", "study.qdpx", "--format", "json"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try run.json() as? [String: Any])
        #expect(report["codings"] as? Int == 1)
        #expect(report["dialect"] as? String == "nvivo")
        #expect((report["sourcesAdded"] as? [String]) == ["P01"])
        let log = try CommandLineRun(["log", "--project", "copy.thematic", "--format", "json"], in: folder.url)
        #expect((try log.json() as? [[String: Any]])?.map { $0["command"] as? String } == ["init", "import"])
    }

    @Test("usage errors exit 64; a hostile or broken file exits 1 with its place and changes nothing")
    func failures() throws {
        let folder = TemporaryFolder()
        #expect(try CommandLineRun(["init", "--project", "study.thematic"], in: folder.url).status == 0)
        #expect(try CommandLineRun(["import", "codebook.yaml"], in: folder.url).status == 64)
        #expect(try CommandLineRun(["import", "x.qdpx", "--dialect", "word"], in: folder.url).status == 64)
        #expect(try CommandLineRun(["export", "project", "-o", "study.zip"], in: folder.url).status == 64)
        try ZIPFixture.write([.init("project.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>"),
                              .init("../../escape.txt", "x")], to: folder.path("evil.qdpx"))
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.path("study.thematic")))
        let evil = try CommandLineRun(["import", "evil.qdpx"], in: folder.url)
        #expect(evil.status == 1)
        #expect(evil.stderr.contains("evil.qdpx:1:1: error: entry '../../escape.txt' escapes the archive's folder"))
        let truncated = TestPaths.external("refi_qda/atlasti_23.4_win_codebook_truncated_czech.qdc")
        let broken = try CommandLineRun(["import", truncated], in: folder.url)
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("\(truncated):18:1"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("study.thematic"))) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.url.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("escape.txt").path))
    }
}
