import Foundation
import Testing
import ThematicTestSupport

/// `thematic ingest` and `thematic autocode` killed with SIGKILL at seeded random moments: the
/// project always opens, `PRAGMA integrity_check` says ok, and each command's effect is all or
/// nothing (every source and its event, or none; every auto-coding and its event, or none).
@Suite("Crash safety (binary, SIGKILL)", .serialized)
struct CrashSafetyTests {
    /// Starts `thematic` without waiting for it.
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = CommandLineRun.executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["THEMATIC_CODER": "tester"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs a command to the end and returns how long it took.
    static func timed(_ arguments: [String]) throws -> Double {
        let started = Date()
        let run = try CommandLineRun(arguments)
        precondition(run.status == 0, run.stderr)
        return Date().timeIntervalSince(started)
    }

    /// Runs a command and kills it with SIGKILL after `delay` seconds (if still running).
    static func kill(_ arguments: [String], after delay: Double) throws -> Bool {
        let process = try start(arguments)
        Thread.sleep(forTimeInterval: delay)
        let wasRunning = process.isRunning
        if wasRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return wasRunning
    }

    /// Copies a project file (and its WAL, if any) to a fresh path.
    static func copy(_ project: String, to target: String) throws {
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: project + suffix) {
            try FileManager.default.copyItem(atPath: project + suffix, toPath: target + suffix)
        }
    }

    /// A generated interview: `turns` turns of seeded words.
    static func transcript(_ index: Int, turns: Int, generator: inout SeededGenerator) -> String {
        let words = ["trust", "therapist", "waiting", "list", "homework", "felt", "heard", "we", "agreed", "goals", "the", "and", "really"]
        var text = "---\nid: G\(index)\n---\n"
        for turn in 0..<turns {
            let count = generator.int(5...30)
            text += (turn % 2 == 0 ? "Interviewer: " : "P\(index): ") + (0..<count).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ") + ".\n\n"
        }
        return text
    }

    @Test("ingest of 300 files killed at 6 seeded moments: all or nothing, integrity ok")
    func killIngest() throws {
        let folder = TemporaryFolder()
        var generator = SeededGenerator(seed: 2026)
        let files = try (1...300).map { index in
            try folder.write("G\(index).txt", text: CrashSafetyTests.transcript(index, turns: 40, generator: &generator))
        }
        let pristine = folder.path("pristine.thematic")
        _ = try CommandLineRun(["init", "--project", pristine])
        let full = folder.path("full.thematic")
        try CrashSafetyTests.copy(pristine, to: full)
        let duration = try CrashSafetyTests.timed(["ingest", "--project", full] + files)
        #expect(try ProjectSnapshot(full).count("sources") == 300)
        var outcomes: [Int] = []
        for run in 0..<6 {
            let project = folder.path("run\(run).thematic")
            try CrashSafetyTests.copy(pristine, to: project)
            let delay = Double.random(in: 0.05...max(0.1, duration * 1.05), using: &generator)
            _ = try CrashSafetyTests.kill(["ingest", "--project", project] + files, after: delay)
            #expect(try ProjectSnapshot.integrityCheck(project) == ["ok"], "run \(run) after \(delay) s")
            let snapshot = try ProjectSnapshot(project)
            let sources = snapshot.count("sources")
            let ingestEvents = snapshot.tables["events"]?.filter { $0.contains("command:\"ingest\"") }.count ?? -1
            #expect(sources == 0 || sources == 300, "run \(run): \(sources) sources after \(delay) s")
            #expect(ingestEvents == (sources == 300 ? 1 : 0), "run \(run): \(ingestEvents) ingest events, \(sources) sources")
            #expect(snapshot.count("source_revisions") == sources)
            #expect(try CommandLineRun(["sources", "list", "--project", project]).status == 0)
            outcomes.append(sources)
        }
        // The moments are spread over the run: at least one kill lands before the commit.
        #expect(outcomes.contains(0), "\(outcomes)")
    }

    @Test("autocode killed at 6 seeded moments: all or nothing, integrity ok")
    func killAutocode() throws {
        let folder = TemporaryFolder()
        let example = TestPaths.example.path
        let pristine = folder.path("pristine.thematic")
        for arguments in [["init", "--project", pristine],
                          ["ingest", "--project", pristine] + (1...6).map { "\(example)/transcripts/P0\($0).txt" },
                          ["codebook", "import", "--project", pristine, "\(example)/codebook.yaml"]] {
            #expect(try CommandLineRun(arguments).status == 0)
        }
        let before = try ProjectSnapshot(pristine)
        let full = folder.path("full.thematic")
        try CrashSafetyTests.copy(pristine, to: full)
        let rules = ["autocode", "--rules", "\(example)/rules.yaml", "--project"]
        let duration = try CrashSafetyTests.timed(rules + [full])
        let after = try ProjectSnapshot(full)
        #expect(after.count("codings") > before.count("codings"))
        var generator = SeededGenerator(seed: 7)
        for run in 0..<6 {
            let project = folder.path("run\(run).thematic")
            try CrashSafetyTests.copy(pristine, to: project)
            let delay = Double.random(in: 0.01...max(0.05, duration * 1.05), using: &generator)
            _ = try CrashSafetyTests.kill(rules + [project], after: delay)
            #expect(try ProjectSnapshot.integrityCheck(project) == ["ok"])
            let snapshot = try ProjectSnapshot(project)
            #expect([before.count("codings"), after.count("codings")].contains(snapshot.count("codings")), "run \(run) after \(delay) s")
            #expect(snapshot.count("events") == (snapshot.count("codings") == before.count("codings") ? before : after).count("events"))
        }
    }
}
