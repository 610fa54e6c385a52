import Foundation
import Testing
import ThematicTestSupport

/// Issue 13.2: every numeric option of every command is checked before anything runs — a negative,
/// zero or non-numeric value is a usage error (exit 64) that names the option, never a trap.
@Suite("numeric options (binary)")
struct NumericOptionTests {
    /// A project with the example's P01 and codebook, and one coding, shared by the cases below.
    static let project: TemporaryFolder = {
        let folder = TemporaryFolder()
        let example = TestPaths.example.path
        for arguments in [["init", "--project", "s.thematic"], ["ingest", "\(example)/transcripts/P01.txt"],
                          ["codebook", "import", "\(example)/codebook.yaml"], ["code", "P01:12", "trust"]] {
            _ = try? CommandLineRun(arguments, in: folder.url)
        }
        return folder
    }()

    @Test("a value out of range is exit 64 naming the option",
          arguments: [
            (["query", "trust", "--context=-1"], "--context"),
            (["query", "trust", "--context", "-5"], "--context"),
            (["log", "--limit", "0"], "--limit"),
            (["log", "--limit=-3"], "--limit"),
            (["sources", "show", "P01", "--revision", "0"], "--revision"),
            (["sources", "show", "P01", "--revision=-1"], "--revision"),
            (["export", "transcript", "P01", "--revision", "0"], "--revision"),
          ])
    func outOfRange(arguments: [String], option: String) throws {
        let run = try CommandLineRun(arguments, in: NumericOptionTests.project.url)
        #expect(run.status == 64, "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains(option))
        #expect(run.stdout.isEmpty)
    }

    @Test("text, NaN and numbers past Int are usage errors too",
          arguments: [["query", "trust", "--context", "nan"], ["query", "trust", "--context", "1e3"],
                      ["query", "trust", "--context", "99999999999999999999"], ["log", "--limit", "inf"],
                      ["sources", "show", "P01", "--revision", "one"]])
    func notANumber(arguments: [String]) throws {
        let run = try CommandLineRun(arguments, in: NumericOptionTests.project.url)
        #expect(run.status == 64, "\(arguments): \(run.stderr)")
    }

    @Test("a huge context is all the neighbours, not an overflow")
    func hugeContext() throws {
        let run = try CommandLineRun(["query", "trust", "--context", "\(Int.max)", "--format", "json"], in: NumericOptionTests.project.url)
        #expect(run.status == 0, "\(run.stderr)")
        let segments = try #require(try run.json() as? [[String: Any]])
        #expect(segments.count > 12)
        #expect(segments.filter { ($0["context"] as? Bool) == false }.count == 1)
    }
}
