import Foundation
import Testing
import ThematicTestSupport

/// Every subcommand, found from the help output itself, must print its help and run for real in
/// the debug build that `swift test` uses: swift-argument-parser checks command definitions (two
/// options named alike, say) only in debug builds, so a command can work in release and fail in debug.
@Suite("Every subcommand runs in the debug build")
struct EveryCommandTests {
    /// One real invocation of each leaf command, in an order that works on one project; keyed by
    /// the command path. A new subcommand needs a line here (the test says which is missing).
    static let invocations: [(path: String, arguments: [String])] = [
        ("init", ["init", "--project", "other.thematic"]),
        ("ingest", ["ingest", TestPaths.exampleTranscript("P06")]),
        ("sources list", ["sources", "list"]),
        ("sources show", ["sources", "show", "P01"]),
        ("sources revisions", ["sources", "revisions", "P01"]),
        ("parse", ["parse", TestPaths.exampleTranscript("P02")]),
        ("codebook import", ["codebook", "import", TestPaths.example.appendingPathComponent("codebook.yaml").path]),
        ("codebook show", ["codebook", "show"]),
        ("codebook add", ["codebook", "add", "context/waiting", "--name", "Waiting"]),
        ("codebook edit", ["codebook", "edit", "context/waiting", "--definition", "Time spent waiting for therapy."]),
        ("codebook rename", ["codebook", "rename", "context/waiting", "waiting-lists"]),
        ("codebook move", ["codebook", "move", "context/waiting-lists", "--top-level"]),
        ("codebook merge", ["codebook", "merge", "waiting-lists", "context/practicalities"]),
        ("code", ["code", "P01:10", "alliance/bond/trust", "--memo", "testing the water"]),
        ("uncode", ["uncode", "P01:10", "alliance/bond/trust"]),
        ("sheet export", ["sheet", "export", "P01", "-o", "P01.csv"]),
        ("sheet import", ["sheet", "import", "P01.csv"]),
        ("autocode", ["autocode", "--rules", TestPaths.example.appendingPathComponent("rules.yaml").path]),
        ("query", ["query", "alliance/bond/trust", "--context", "1"]),
        ("matrix cooccurrence", ["matrix", "cooccurrence"]),
        ("matrix code-by-source", ["matrix", "code-by-source"]),
        ("cases import", ["cases", "import", TestPaths.example.appendingPathComponent("cases.csv").path]),
        ("cases list", ["cases", "list"]),
        ("matrix code-by-case", ["matrix", "code-by-case", "--attribute", "interpreter"]),
        ("matrix frequencies", ["matrix", "frequencies"]),
        ("memo add", ["memo", "add", "--source", "P01", "A first note."]),
        ("memo list", ["memo", "list", "--source", "P01"]),
        ("memo list --project", ["memo", "list", "--project", "study.thematic", "--on-project"]),
        ("export transcript", ["export", "transcript", "P01", "--as", "thematic-xml"]),
        ("uncode --all", ["uncode", "--all", "--coder", "auto:trust-words"]),
        ("codebook delete", ["codebook", "delete", "context/endings", "--force"]),
        ("status", ["status"]),
        ("log", ["log"]),
        ("speakers list", ["speakers", "list", "P05"]),
        ("speakers set", ["speakers", "set", "P05", "Interpreter", "--role", "interpreter"]),
        ("flags list", ["flags", "list"]),
        ("flags clear", ["flags", "clear", "--all"]),
        ("sources rename", ["sources", "rename", "P06", "P06-b"]),
        ("sources remove", ["sources", "remove", "P06-b", "--force"]),
        ("export codebook", ["export", "codebook", "--format", "qdc", "-o", "codebook.qdc"]),
        ("export project", ["export", "project", "--format", "qdpx", "-o", "study.qdpx"]),
        ("import", ["import", "codebook.qdc"]),
        ("report", ["report", "-o", "report.html"]),
        ("theme list", ["theme", "list"]),
        ("theme show", ["theme", "show", "fit-and-access"]),
        ("theme add", ["theme", "add", "Practical matters", "--id", "practical-matters"]),
        ("theme assign", ["theme", "assign", "practical-matters", "context/practicalities"]),
        ("theme unassign", ["theme", "unassign", "practical-matters", "context/practicalities"]),
        ("theme define", ["theme", "define", "practical-matters", "--definition", "Money, time and travel.",
                          "--scope-note", "Not the therapy itself."]),
        ("theme rename", ["theme", "rename", "practical-matters", "Practicalities of therapy"]),
        ("theme move", ["theme", "move", "practical-matters", "fit-and-access"]),
        ("theme split", ["theme", "split", "fit-and-access", "--into", "expectations", "--codes", "context/expectations"]),
        ("theme merge", ["theme", "merge", "expectations", "into", "fit-and-access"]),
        ("theme exemplar add", ["theme", "exemplar", "add", "fit-and-access", "P01:10"]),
        ("theme exemplar remove", ["theme", "exemplar", "remove", "fit-and-access", "1"]),
        ("theme remove", ["theme", "remove", "practical-matters", "--force"]),
        ("phase show", ["phase", "show"]),
        ("phase advance", ["phase", "advance", "--force"]),
        ("phase set", ["phase", "set", "1"]),
        ("audit run", ["audit", "run"]),
        ("audit snapshot", ["audit", "snapshot", "before-review"]),
        ("audit snapshots", ["audit", "snapshots"]),
        ("audit diff", ["audit", "diff", "before-review"]),
        ("sheet import --second-coder", ["sheet", "import", TestPaths.example.appendingPathComponent("coding/ben-P01-P02.csv").path]),
        ("agreement", ["agreement", "--coders", "auto:*,ben", "--sources", "P01,P02"]),
        ("doctor", ["doctor"]),
        ("demo", ["demo", "--output", "demo"]),
    ]

    /// The subcommands a command's help lists.
    private static func subcommands(of path: [String]) throws -> [String] {
        let run = try CommandLineRun(path + ["--help"])
        #expect(run.status == 0, "\((path + ["--help"]).joined(separator: " ")): \(run.stderr)")
        return CommandLineRun.subcommands(inHelp: run.stdout)
    }

    @Test("every subcommand's --help works, and each has one real invocation that succeeds")
    func everySubcommand() throws {
        var leaves: [String] = []
        var pending: [[String]] = [[]]
        while let path = pending.popLast() {
            let children = try EveryCommandTests.subcommands(of: path)
            if children.isEmpty, !path.isEmpty { leaves.append(path.joined(separator: " ")) }
            // A command with subcommands may also run itself (a default subcommand); its help was checked above.
            pending += children.map { path + [$0] }
        }
        #expect(leaves.count > 30, "found \(leaves)")
        let covered = Set(EveryCommandTests.invocations.map { $0.path.components(separatedBy: " --").first! })
        for leaf in leaves.sorted() {
            #expect(covered.contains(leaf), "no real invocation of 'thematic \(leaf)' in EveryCommandTests.invocations")
            let help = try CommandLineRun(["help"] + leaf.split(separator: " ").map(String.init))
            #expect(help.status == 0, "thematic help \(leaf): \(help.stderr)")
        }

        let folder = TemporaryFolder()
        let setUp = try CommandLineRun(["init", "--project", "study.thematic"], in: folder.url)
        #expect(setUp.status == 0, "\(setUp.stderr)")
        let ingest = try CommandLineRun(["ingest", "--project", "study.thematic"] + ["P01", "P02", "P03", "P04", "P05"].map(TestPaths.exampleTranscript),
                                        in: folder.url)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        for (path, arguments) in EveryCommandTests.invocations {
            let run = try CommandLineRun(arguments, in: folder.url, environment: ["THEMATIC_PROJECT": folder.path("study.thematic")])
            #expect(run.status == 0, "thematic \(arguments.joined(separator: " ")) [\(path)] exited \(run.status): \(run.stderr)")
            #expect(!run.stderr.contains("Validation failed"), "\(path): \(run.stderr)")
        }
    }
}
