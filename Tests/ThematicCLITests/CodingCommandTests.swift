import Foundation
import Testing
import ThematicTestSupport

/// The coding commands run as a user runs them: the built `thematic` binary, its stdout, stderr
/// and exit code.
@Suite("thematic coding commands (binary)")
struct CodingCommandTests {
    static let example = TestPaths.example.path

    /// Runs the built binary in a folder as the given coder.
    @discardableResult
    func thematic(_ arguments: [String], in folder: String, coder: String = "tester") throws -> CommandLineRun {
        try CommandLineRun(arguments, in: URL(fileURLWithPath: folder), environment: ["THEMATIC_CODER": coder])
    }

    @Test func codeSheetAutocodeQueryMatrix() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thematic-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try thematic(["init", "--project", "s.thematic"], in: folder)
        try thematic(["ingest"] + (1...6).map { "\(Self.example)/transcripts/P0\($0).txt" }, in: folder)
        try thematic(["codebook", "import", "\(Self.example)/codebook.yaml"], in: folder)
        try thematic(["cases", "import", "\(Self.example)/cases.csv"], in: folder)

        let coded = try thematic(["code", "P02:6", "trust", "--coder", "anna"], in: folder)
        #expect(coded.status == 0)
        #expect(coded.stdout.hasPrefix("coded P02@"))
        #expect(coded.stdout.contains("[alliance/bond/trust] as anna"))
        let grouping = try thematic(["code", "P02:6", "alliance"], in: folder)
        #expect(grouping.status == 1)
        #expect(grouping.stderr == "error: code 'alliance' is a grouping node and cannot be used for coding\n")
        #expect(try thematic(["code", "P02"], in: folder).status == 64)

        let dry = try thematic(["autocode", "--rules", "\(Self.example)/rules.yaml", "--dry-run", "--format", "csv"], in: folder)
        #expect(dry.status == 0)
        #expect(dry.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 52 + 1)
        try thematic(["autocode", "--rules", "\(Self.example)/rules.yaml"], in: folder)

        let query = try thematic(["query", "trust AND interpreter", "--format", "csv"], in: folder)
        #expect(query.stdout.hasPrefix("source,utterance,start,speaker,role,codes,text,context,memos\r\nP05,"))
        let matrix = try thematic(["matrix", "code-by-case", "--attribute", "interviewer", "--format", "csv"], in: folder)
        // Trust: IV1 = P01 2 + P02 1 (rule) + 1 (anna); IV2 = P03 5 + P05 1 + P06 1.
        #expect(matrix.stdout.contains("alliance/bond/trust,4,7\r\n"))

        let sheet = folder + "/P02.csv"
        try thematic(["sheet", "export", "P02", "--coder", "anna", "-o", sheet], in: folder)
        var text = try String(contentsOfFile: sheet, encoding: .utf8)
        text = text.replacingOccurrences(of: ",alliance/bond/trust,,anna\r\n", with: ",alliance/bond/trust; bogus,,anna\r\n")
        try text.write(toFile: sheet, atomically: true, encoding: .utf8)
        let log = try thematic(["log", "--format", "json"], in: folder).stdout
        let rejected = try thematic(["sheet", "import", sheet], in: folder)
        #expect(rejected.status == 1)
        #expect(rejected.stderr.hasPrefix("\(sheet):7:"))
        #expect(rejected.stderr.contains(": error: no code 'bogus' in the codebook"))
        #expect(try thematic(["log", "--format", "json"], in: folder).stdout == log)

        let revisions = try thematic(["sources", "revisions", "P02"], in: folder)
        #expect(revisions.stdout.contains("REV"))
        let yaml = try thematic(["codebook", "show", "--format", "yaml"], in: folder)
        #expect(yaml.stdout.hasPrefix("# Thematic codebook (format version 1)\nversion: 1\n"))
    }
}
