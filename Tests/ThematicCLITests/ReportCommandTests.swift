import Foundation
import Testing
import ThematicTestSupport

/// `thematic report` and the demo's report, run as a user runs them.
@Suite("thematic report", .serialized)
struct ReportCommandTests {
    /// A demo project (the example study, auto-coded) in a fresh folder.
    static func demoProject() throws -> (TemporaryFolder, String) {
        let folder = TemporaryFolder()
        let run = try CommandLineRun(["demo", "--output", folder.path("demo")], in: TestPaths.repository)
        #expect(run.status == 0, "\(run.stderr)")
        return (folder, folder.path("demo/alliance-study.thematic"))
    }

    @Test("--help teaches with examples")
    func help() throws {
        let run = try CommandLineRun(["report", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Examples:") && run.stdout.contains("thematic report -o report.md --quotes 5 --by interviewer"))
        #expect(run.stdout.contains("--themes") && run.stdout.contains("--quotes") && run.stdout.contains("--by"))
    }

    @Test("wrong usage is exit 64, before the project is touched", arguments: [
        ["-o", "report.txt"], ["-o", "report"], ["--quotes", "3"], ["-o", "r.html", "--quotes", "0"], ["-o", "r.html", "--quotes", "-1"],
        ["-o", "r.html", "--quotes", "101"], ["-o", "r.html", "--quotes", "nan"], ["-o", "r.html", "--quotes", "2.5"],
        ["-o", "r.html", "--by", " "],
    ])
    func usage(_ arguments: [String]) throws {
        let folder = TemporaryFolder()
        let run = try CommandLineRun(["report", "--project", folder.path("none.thematic")] + arguments, in: folder.url)
        #expect(run.status == 64, "\(arguments): \(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("r.html")))
    }

    @Test("an unknown theme or attribute is exit 1, and the project is left as it was")
    func failures() throws {
        let (folder, project) = try ReportCommandTests.demoProject()
        let before = try Data(contentsOf: URL(fileURLWithPath: project))
        let attribute = try CommandLineRun(["report", "--project", project, "-o", folder.path("r.html"), "--by", "shoe_size"])
        #expect(attribute.status == 1)
        #expect(attribute.stderr.contains("error: no case attribute 'shoe_size' in this project"))
        let theme = try CommandLineRun(["report", "--project", project, "-o", folder.path("r.html"), "--themes", "three-in-the-room,nope"])
        #expect(theme.status == 1)
        #expect(theme.stderr.contains("error: no theme 'nope' in this project"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("r.html")))
        #expect(try Data(contentsOf: URL(fileURLWithPath: project)) == before)
    }

    @Test("Markdown with chosen themes, quotes and split; JSON for scripts")
    func markdown() throws {
        let (folder, project) = try ReportCommandTests.demoProject()
        let run = try CommandLineRun(["report", "--project", project, "-o", folder.path("r.md"), "--themes", "three-in-the-room",
                                      "fit-and-access", "--quotes", "1", "--by", "interviewer"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "Wrote \(folder.path("r.md")) (Markdown): 2 themes, 2 extracts, 6 sources.\n")
        let text = try String(contentsOfFile: folder.path("r.md"), encoding: .utf8)
        #expect(text.contains("### 1. Three in the room") && text.contains("### 2. Fit, access and what clients bring"))
        #expect(text.contains("| Theme | IV1 | IV2 |"))
        #expect(text.contains("| Three in the room | 0 of 3 | 2 of 3 |"))
        let json = try CommandLineRun(["report", "--project", project, "-o", folder.path("r.html"), "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try json.json() as? [String: Any])
        #expect(object["format"] as? String == "html")
        #expect((object["themes"] as? [String])?.count == 5)
        #expect((object["charts"] as? [String])?.contains("chart-thematic-map") == true)
        let log = try CommandLineRun(["log", "--project", project])
        #expect(log.stdout.contains("report written to r.md (markdown, 2 themes, 2 extracts)"))
    }

    @Test("the demo writes report.html and runs from any folder, with the binary copied away from the checkout")
    func demoAnywhere() throws {
        let folder = TemporaryFolder()
        let binary = folder.path("bin/thematic")
        try FileManager.default.createDirectory(atPath: folder.path("bin"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CommandLineRun.executable.path, toPath: binary)
        let elsewhere = folder.url.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["demo", "--output", "out"]
        process.currentDirectoryURL = elsewhere
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "THEMATIC_EXAMPLE")
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let report = elsewhere.appendingPathComponent("out/report.html").path
        #expect(stdout.contains("Report: out/report.html"))
        #expect(FileManager.default.fileExists(atPath: report))
        #expect(FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("out/alliance-study/codebook.yaml").path))
        let page = try String(contentsOfFile: report, encoding: .utf8)
        #expect(page.contains("data-theme=\"three-in-the-room\"") && page.contains("data-chart=\"prevalence\""))
    }
}
