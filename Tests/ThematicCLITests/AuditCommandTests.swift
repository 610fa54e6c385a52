import Foundation
import Testing
import ThematicTestSupport

/// `theme`, `phase` and `audit` run as a user runs them: stdout, stderr and exit codes.
@Suite("thematic theme, phase and audit (binary)")
struct AuditCommandTests {
    static let example = TestPaths.example.path

    @discardableResult
    func thematic(_ arguments: [String], in folder: String) throws -> CommandLineRun {
        try CommandLineRun(arguments, in: URL(fileURLWithPath: folder), environment: ["THEMATIC_CODER": "anna"])
    }

    @Test func themesPhasesAudit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thematic-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try thematic(["init", "--project", "s.thematic"], in: folder)
        try thematic(["ingest"] + (1...6).map { "\(Self.example)/transcripts/P0\($0).txt" }, in: folder)
        try thematic(["codebook", "import", "\(Self.example)/codebook.yaml"], in: folder)
        try thematic(["cases", "import", "\(Self.example)/cases.csv"], in: folder)

        let list = try thematic(["theme", "list"], in: folder)
        #expect(list.status == 0)
        #expect(list.stdout.contains("three-in-the-room"))
        let added = try thematic(["theme", "add", "Held in mind", "--parent", "alliance-as-lived", "--codes", "empathy"], in: folder)
        #expect(added.status == 0)
        #expect(added.stdout == "added theme held-in-mind under alliance-as-lived\n")
        let again = try thematic(["theme", "add", "Held in mind"], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr == "error: a theme 'held-in-mind' already exists\n")
        #expect(try thematic(["theme", "merge", "a", "b", "c"], in: folder).status == 64)
        #expect(try thematic(["theme", "define", "held-in-mind"], in: folder).status == 64)
        #expect(try thematic(["theme", "exemplar", "remove", "held-in-mind", "0"], in: folder).status == 64)
        #expect(try thematic(["theme", "exemplar", "add", "held-in-mind", "P01:3"], in: folder).status == 0)
        let shown = try thematic(["theme", "show", "held-in-mind"], in: folder)
        #expect(shown.stdout.contains("1. P01@"))
        #expect(try thematic(["theme", "show", "nope"], in: folder).status == 1)

        // Phases: phase 1 asks for a memo per source; --force moves on and is logged.
        let refused = try thematic(["phase", "advance"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("every source has a familiarisation memo"))
        let forced = try thematic(["phase", "advance", "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(forced.stdout.hasPrefix("phase 1 → 2: Generating initial codes (forced)"))
        #expect(try thematic(["phase", "set", "9"], in: folder).status == 64)
        #expect(try thematic(["phase", "set", "initial-codes"], in: folder).status == 1)
        let show = try thematic(["phase"], in: folder)
        #expect(show.stdout.hasPrefix("phase 2 of 6: Generating initial codes"))

        // The audit: --strict fails on the empty themes (nothing is coded yet).
        let strict = try thematic(["audit", "--strict"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("error   empty-theme"))
        let json = try thematic(["audit", "--by", "interviewer", "--format", "json"], in: folder)
        #expect(json.status == 0)
        let object = try #require(try json.json() as? [String: Any])
        #expect(Set(object.keys) == ["framework", "data_framework", "findings", "thresholds", "coverage"])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.allSatisfy { Set($0.keys) == ["id", "severity", "message", "objects", "counts"] })
        #expect(findings.contains { $0["id"] as? String == "uncoded-source" })
        for bad in [["--min-segments", "0"], ["--min-participants", "-1"], ["--max-overlap", "nan"], ["--max-overlap", "1.5"]] {
            #expect(try thematic(["audit"] + bad, in: folder).status == 64)
        }
        #expect(try thematic(["audit", "--by", "nothing"], in: folder).status == 1)

        #expect(try thematic(["audit", "snapshot", "start"], in: folder).status == 0)
        #expect(try thematic(["audit", "snapshot", "start"], in: folder).status == 1)
        #expect(try thematic(["audit", "diff", "start"], in: folder).stdout == "no changes in codes or themes\n")
        try thematic(["theme", "rename", "held-in-mind", "Held"], in: folder)
        let diff = try thematic(["audit", "diff", "start", "--format", "json"], in: folder)
        #expect(diff.stdout.contains("\"kind\" : \"renamed\""))
        let log = try thematic(["log", "--format", "json"], in: folder)
        #expect(log.stdout.contains("\"command\" : \"audit\""))
    }

    @Test("every new command's help works", arguments: [
        ["theme"], ["theme", "add"], ["theme", "assign"], ["theme", "unassign"], ["theme", "define"], ["theme", "rename"],
        ["theme", "move"], ["theme", "merge"], ["theme", "split"], ["theme", "remove"], ["theme", "exemplar", "add"],
        ["theme", "exemplar", "remove"], ["theme", "list"], ["theme", "show"], ["phase"], ["phase", "show"], ["phase", "advance"],
        ["phase", "set"], ["audit"], ["audit", "run"], ["audit", "snapshot"], ["audit", "snapshots"], ["audit", "diff"],
    ])
    func help(_ command: [String]) throws {
        let run = try CommandLineRun(command + ["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE"))
    }
}
