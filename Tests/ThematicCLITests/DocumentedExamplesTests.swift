import Foundation
import Testing
import ThematicTestSupport

/// The examples a user copies — the README's quick start and every `thematic …` line of every
/// command's help — are run, so they stay true.
@Suite("Documented examples run")
struct DocumentedExamplesTests {
    /// Runs a shell script in which `thematic` is the built binary.
    private static func shell(_ script: String, in folder: URL, environment: [String: String] = [:]) throws -> CommandLineRun {
        let wrapped = "set -e\nthematic() { \"\(CommandLineRun.executable.path)\" \"$@\"; }\n" + script
        let file = folder.appendingPathComponent("run-\(UUID().uuidString).sh")
        try wrapped.write(to: file, atomically: true, encoding: .utf8)
        return try CommandLineRun.shell(file.path, in: folder, environment: environment)
    }

    /// A folder where the repository's relative paths (`Examples/…`, `Schemas/…`) work.
    private static func folderWithExamples() throws -> TemporaryFolder {
        let folder = TemporaryFolder()
        for name in ["Examples", "Schemas"] {
            try FileManager.default.createSymbolicLink(at: folder.url.appendingPathComponent(name),
                                                       withDestinationURL: TestPaths.repository.appendingPathComponent(name))
        }
        return folder
    }

    @Test("the README's quick start runs as written, and its coding example codes a passage about trust")
    func readmeQuickStart() throws {
        let readme = try String(contentsOf: TestPaths.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "## Quick start\n\n```sh\n"))
        let block = readme[start.upperBound...].prefix { _ in true }
        let end = try #require(block.range(of: "```"))
        let lines = block[..<end.lowerBound].split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("swift build") && !$0.hasPrefix("alias ") }
        #expect(lines.contains { $0.hasPrefix("thematic code ") })
        let folder = try DocumentedExamplesTests.folderWithExamples()
        let run = try DocumentedExamplesTests.shell(lines.joined(separator: "\n"), in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        // The code line prints the coded text: the README's trust example must be about trust.
        let coded = try #require(run.stdout.components(separatedBy: "\n").firstIndex { $0.hasPrefix("coded P01@") })
        let text = run.stdout.components(separatedBy: "\n")[coded + 1]
        #expect(text.lowercased().contains("trust"), "the README codes \(text) as alliance/bond/trust")
    }

    /// `thematic …` lines of a help text, without the explanations written after them.
    static func examples(inHelp help: String) -> [String] {
        help.components(separatedBy: "\n").compactMap { line in
            var text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("Example: ") { text.removeFirst("Example: ".count) }
            guard text.hasPrefix("thematic ") else { return nil }
            if let gap = text.range(of: "  ") { text = String(text[..<gap.lowerBound]) }
            return text
        }
    }

    @Test("every example in every command's help runs on the example study")
    func helpExamples() throws {
        // The example study as a project, with the files the examples name.
        let base = try DocumentedExamplesTests.folderWithExamples()
        let transcripts = (1...6).map { TestPaths.exampleTranscript(String(format: "P%02d", $0)) }
        let prepared = try DocumentedExamplesTests.shell("""
            thematic init --project study.thematic
            thematic ingest --project study.thematic \(transcripts.joined(separator: " "))
            thematic codebook import --project study.thematic Examples/alliance-study/codebook.yaml
            thematic cases import --project study.thematic Examples/alliance-study/cases.csv
            thematic autocode --project study.thematic --rules Examples/alliance-study/rules.yaml
            thematic sheet export --project study.thematic P01 --coder anna -o P01.csv
            cp Examples/alliance-study/rules.yaml rules.yaml
            cp Examples/alliance-study/transcripts/P02.txt interview.txt
            cp "\(TestPaths.external("elan/essai-orig_minimal.eaf"))" session.eaf
            cp "\(TestPaths.external("elan"))"/EAFv*.xsd .
            thematic export transcript --project study.thematic P01 --as thematic-xml --output export.xml
            mkdir transcripts && cp Examples/alliance-study/transcripts/P03.txt transcripts/
            thematic export codebook --project study.thematic --format qdc -o codebook.qdc
            thematic sheet import --project study.thematic Examples/alliance-study/coding/ben-P01-P02.csv
            thematic code --project study.thematic P01:10 alliance/bond/trust --coder anna
            thematic code --project study.thematic P02:4 alliance/tasks/homework --coder anna
            for s in P01 P02 P03 P04 P05 P06; do thematic memo add --project study.thematic --source $s "First reading."; done
            thematic audit snapshot --project study.thematic phase-3
            thematic audit snapshot --project study.thematic phase-5
            thematic theme add --project study.thematic Waiting --id waiting
            thematic theme exemplar add --project study.thematic three-in-the-room P05:4
            thematic theme exemplar add --project study.thematic three-in-the-room P06:4
            printf '1,2,3,3,2,1,4,1,2\n1,2,3,3,2,2,4,1,3\n3,3,3,3,3,3,3,3,3\n' > ratings.csv
            printf 'a,b,c\n1,1,2\n2,2,2\n3,3,1\n1,2,1\n' > spss.csv
            thematic export project --project study.thematic --format qdpx -o study.qdpx
            thematic export project --project study.thematic --format qdpx --dialect nvivo -o nvivo-export.qdpx
            """, in: base.url)
        try #require(prepared.status == 0, "\(prepared.stderr)")

        var examples: [(command: String, line: String)] = []
        var pending: [[String]] = [[]]
        while let path = pending.popLast() {
            let help = try CommandLineRun(path + ["--help"])
            examples += DocumentedExamplesTests.examples(inHelp: help.stdout).map { (path.joined(separator: " "), $0) }
            pending += CommandLineRun.subcommands(inHelp: help.stdout).map { path + [$0] }
        }
        var ran = 0
        for (command, line) in examples {
            // Placeholders (…) and pipelines into other tools are for reading, not running.
            if line.contains("…") || line.contains("|") || line.contains(" > ") || line.contains("/tmp/") { continue }
            // Each example runs on its own copy of the project (one example's rename must not break the next).
            let folder = try DocumentedExamplesTests.folderWithExamples()
            let creates = line.hasPrefix("thematic init") || line.hasPrefix("thematic demo")
            if !creates {
                for name in ["study.thematic", "P01.csv", "rules.yaml", "interview.txt", "session.eaf", "EAFv3.0.xsd",
                             "EAFv2.8.xsd", "export.xml", "transcripts",
                             "codebook.qdc", "study.qdpx", "nvivo-export.qdpx", "ratings.csv", "spss.csv"] {
                    try FileManager.default.copyItem(at: base.url.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
                }
            }
            let run = try DocumentedExamplesTests.shell(line, in: folder.url,
                                                         environment: creates ? [:] : ["THEMATIC_PROJECT": "study.thematic"])
            #expect(run.status == 0, "'\(line)' (help of 'thematic \(command)') exited \(run.status): \(run.stderr)")
            ran += 1
        }
        #expect(ran >= 35, "ran \(ran) of \(examples.count) examples")
    }
}
