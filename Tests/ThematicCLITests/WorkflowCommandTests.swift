import Foundation
import Testing
import ThematicTestSupport

/// The everyday workflow a new user walks through: who is recorded, fixing sources and speakers,
/// stray files, typos, memos shown with codings.
@Suite("Everyday workflow (binary)")
struct WorkflowCommandTests {
    /// A folder with a project holding P01, P02 and P05 and the example codebook.
    private func study() throws -> TemporaryFolder {
        let folder = TemporaryFolder()
        for arguments in [["init", "--project", "s.thematic"],
                          ["ingest"] + ["P01", "P02", "P05"].map(TestPaths.exampleTranscript),
                          ["codebook", "import", TestPaths.example.appendingPathComponent("codebook.yaml").path]] {
            let run = try CommandLineRun(arguments, in: folder.url)
            try #require(run.status == 0, "\(run.stderr)")
        }
        return folder
    }

    private func events(_ folder: TemporaryFolder) throws -> [[String: Any]] {
        try #require(try CommandLineRun(["log", "--format", "json"], in: folder.url).json() as? [[String: Any]])
    }

    @Test("the actor is always the person; the coder whose codings changed is in the event")
    func actorIsThePerson() throws {
        let folder = try study()
        let anna = ["THEMATIC_CODER": "anna"]
        #expect(try CommandLineRun(["code", "P01:10", "trust", "--coder", "auto:trust-words"], in: folder.url, environment: anna).status == 0)
        #expect(try CommandLineRun(["code", "P01:12", "goals", "--coder", "bob"], in: folder.url, environment: anna).status == 0)
        let removed = try CommandLineRun(["uncode", "--all", "--coder", "auto:trust-words"], in: folder.url, environment: anna)
        #expect(removed.status == 0, "\(removed.stderr)")
        let log = try events(folder).suffix(3)
        #expect(log.map { $0["actor"] as? String } == ["anna", "anna", "anna"])
        #expect(log.map { $0["command"] as? String } == ["code", "code", "uncode"])
        let last = try #require(log.last?["payload"] as? [String: Any])
        #expect((last["removed"] as? [String: Any])?["coderID"] as? String == "auto:trust-words")
        #expect((log.last?["summary"] as? String)?.contains("by auto:trust-words") == true)
        let bob = try #require(Array(log)[1]["payload"] as? [String: Any])
        #expect((bob["result"] as? [String: Any])?["coderID"] as? String == "bob")
    }

    @Test("speakers set changes a role after ingest (recorded); a re-ingest with --roles says it changed nothing")
    func speakerRoles() throws {
        let folder = try study()
        let again = try CommandLineRun(["ingest", "--roles", "P05=interpreter", TestPaths.exampleTranscript("P05")], in: folder.url)
        #expect(again.status == 0)
        #expect(again.stderr.contains("warning: already ingested as P05, so --roles changed nothing"), "\(again.stderr)")
        let set = try CommandLineRun(["speakers", "set", "P05", "interpreter", "--role", "other", "--name", "Amira"], in: folder.url)
        #expect(set.status == 0, "\(set.stderr)")
        let list = try #require(try CommandLineRun(["speakers", "list", "P05", "--format", "json"], in: folder.url).json() as? [[String: Any]])
        let interpreter = try #require(list.first { $0["label"] as? String == "Interpreter" })
        #expect(interpreter["role"] as? String == "other")
        #expect(interpreter["name"] as? String == "Amira")
        #expect(try events(folder).last?["command"] as? String == "speakers set")
        let unknown = try CommandLineRun(["speakers", "set", "P05", "Nobody", "--role", "other"], in: folder.url)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no speaker 'Nobody'"))
        #expect(try CommandLineRun(["speakers", "set", "P05", "Interpreter"], in: folder.url).status == 64)
        #expect(try CommandLineRun(["speakers", "set", "P05", "Interpreter", "--role", "boss"], in: folder.url).status == 64)
    }

    @Test("sources remove needs --force when codings would go, lists them, and keeps them in the event; rename carries codings")
    func removeAndRename() throws {
        let folder = try study()
        #expect(try CommandLineRun(["code", "P02:6", "trust", "--memo", "why"], in: folder.url).status == 0)
        let refused = try CommandLineRun(["sources", "remove", "P02"], in: folder.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("source 'P02' has 1 coding (alliance/bond/trust 1); add --force"), "\(refused.stderr)")
        let renamed = try CommandLineRun(["sources", "rename", "P02", "P02-a"], in: folder.url)
        #expect(renamed.status == 0, "\(renamed.stderr)")
        let query = try CommandLineRun(["query", "trust", "--source", "P02-a"], in: folder.url)
        #expect(query.stdout.contains("* P02-a:6"), "\(query.stdout)")
        #expect(query.stdout.contains("memo (alliance/bond/trust, tester): why"), "\(query.stdout)")
        #expect(try CommandLineRun(["sources", "rename", "P02-a", "P01"], in: folder.url).status == 1)
        #expect(try CommandLineRun(["sources", "rename", "P02-a", "bad:id"], in: folder.url).status == 1)
        let removed = try CommandLineRun(["sources", "remove", "P02-a", "--force"], in: folder.url)
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.contains("- alliance/bond/trust by tester"))
        #expect(removed.stdout.contains("with 1 memo"))
        let list = try #require(try CommandLineRun(["sources", "list", "--format", "json"], in: folder.url).json() as? [[String: Any]])
        #expect(list.map { $0["id"] as? String } == ["P01", "P05"])
        let payload = try #require(try events(folder).last?["payload"] as? [String: Any])
        #expect((payload["codings"] as? [Any])?.count == 1)
        // The source can be ingested again afterwards.
        #expect(try CommandLineRun(["ingest", TestPaths.exampleTranscript("P02")], in: folder.url).status == 0)
    }

    @Test("flags list shows codings re-anchoring flagged; flags clear clears them, recorded")
    func flags() throws {
        let folder = try study()
        #expect(try CommandLineRun(["code", "P01:12", "goals"], in: folder.url).status == 0)
        var text = try String(contentsOfFile: TestPaths.exampleTranscript("P01"), encoding: .utf8)
        text = text.replacingOccurrences(of: "At the start, honestly, I just wanted", with: "At the very start, I just wanted")
        let corrected = try folder.write("P01-fixed.txt", text: text)
        #expect(try CommandLineRun(["ingest", corrected], in: folder.url).status == 0)
        let list = try #require(try CommandLineRun(["flags", "list", "--format", "json"], in: folder.url).json() as? [[String: Any]])
        #expect(list.count == 1)
        #expect(list.first?["flag"] as? String == "edited in revision 2")
        let id = try #require((list.first?["coding"] as? [String: Any])?["id"] as? String)
        #expect(try CommandLineRun(["flags", "clear"], in: folder.url).status == 64)
        #expect(try CommandLineRun(["flags", "clear", "not-a-uuid"], in: folder.url).status == 64)
        let cleared = try CommandLineRun(["flags", "clear", id], in: folder.url)
        #expect(cleared.stdout == "cleared 1 flag\n", "\(cleared.stderr)")
        #expect(try CommandLineRun(["flags", "list"], in: folder.url).stderr == "0 flagged codings\n")
        #expect(try events(folder).last?["command"] as? String == "flags clear")
    }

    @Test("a README is refused as not a transcript, exit 1, nothing stored; --force insists")
    func strayFile() throws {
        let folder = try study()
        let before = try events(folder).count
        let readme = TestPaths.repository.appendingPathComponent("README.md").path
        let refused = try CommandLineRun(["ingest", readme], in: folder.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("this does not look like a transcript"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--force"))
        #expect(try events(folder).count == before)
        let forced = try CommandLineRun(["ingest", "--force", readme], in: folder.url)
        #expect(forced.status == 0, "\(forced.stderr)")
    }

    @Test("typos: unknown commands and help topics exit 64 with the nearest names; unknown codes suggest codes")
    func typos() throws {
        let folder = try study()
        let injest = try CommandLineRun(["injest", "a.txt", "b.txt"], in: folder.url)
        #expect(injest.status == 64)
        #expect(injest.stderr.contains("unknown command 'injest' — did you mean 'ingest'?"), "\(injest.stderr)")
        let help = try CommandLineRun(["help", "agreemnt"], in: folder.url)
        #expect(help.status == 64)
        #expect(help.stderr.contains("no help topic 'agreemnt'"), "\(help.stderr)")
        let nested = try CommandLineRun(["codebook", "shw"], in: folder.url)
        #expect(nested.status == 64)
        #expect(nested.stderr.contains("did you mean 'show'?"), "\(nested.stderr)")
        #expect(try CommandLineRun(["help", "codebook", "show"], in: folder.url).status == 0)
        let wrongCase = try CommandLineRun(["code", "P01:10", "Trust"], in: folder.url)
        #expect(wrongCase.status == 1)
        #expect(wrongCase.stderr.contains("no code 'Trust' in the codebook; did you mean 'alliance/bond/trust'?"), "\(wrongCase.stderr)")
        let typo = try CommandLineRun(["code", "P01:10", "alliance/bond/trst"], in: folder.url)
        #expect(typo.stderr.contains("did you mean 'alliance/bond/trust'?"), "\(typo.stderr)")
        let name = try CommandLineRun(["query", "Emotional bond"], in: folder.url)
        #expect(name.status == 1)
    }

    @Test("memos on codings are shown: memo list, --coding, status counts them")
    func codingMemosShown() throws {
        let folder = try study()
        let coded = try CommandLineRun(["code", "P01:10-11", "trust", "--memo", "spans two turns", "--format", "json"], in: folder.url)
        let result = try #require(try coded.json() as? [String: Any])
        let id = try #require((result["codingIDs"] as? [String])?.first)
        let list = try CommandLineRun(["memo", "list"], in: folder.url)
        #expect(list.stdout.contains("on coding \(id) (P01:10-11 alliance/bond/trust): spans two turns"), "\(list.stdout)")
        let one = try #require(try CommandLineRun(["memo", "list", "--coding", id, "--format", "json"], in: folder.url).json() as? [[String: Any]])
        #expect(one.map { $0["text"] as? String } == ["spans two turns"])
        #expect(try CommandLineRun(["status"], in: folder.url).stdout.contains("memos 1"))
    }
}

extension WorkflowCommandTests {
    @Test("sources show labels each utterance with the speaker's name, not the file's raw id")
    func showUsesNames() throws {
        let folder = TemporaryFolder()
        #expect(try CommandLineRun(["init", "--project", "s.thematic"], in: folder.url).status == 0)
        #expect(try CommandLineRun(["ingest", TestPaths.external("transcriber/test1.trs")], in: folder.url).status == 0)
        let show = try CommandLineRun(["sources", "show", "test1"], in: folder.url)
        #expect(show.status == 0, "\(show.stderr)")
        let utterances = show.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(!utterances.isEmpty)
        #expect(utterances.allSatisfy { !$0.contains("spk1:") }, "\(utterances)")
        #expect(utterances.contains { $0.contains("palmyre: ") }, "\(utterances)")
    }
}

extension WorkflowCommandTests {
    @Test("codebook show gives definitions; a matrix wider than the terminal is cut with a note, csv is whole")
    func readableOutput() throws {
        let folder = try study()
        let show = try CommandLineRun(["codebook", "show"], in: folder.url)
        #expect(show.stdout.contains("alliance/bond/trust  Trust"), "\(show.stdout)")
        let definition = try #require(show.stdout.components(separatedBy: "\n").first { $0.contains("alliance/bond/trust  Trust") })
        let next = show.stdout.components(separatedBy: "\n").drop { $0 != definition }.dropFirst().first ?? ""
        #expect(next.hasPrefix("        "), "a definition follows, indented: \(next)")
        #expect(try CommandLineRun(["codebook", "show", "--brief"], in: folder.url).stdout.split(separator: "\n").count
                < show.stdout.split(separator: "\n").count)
        #expect(try CommandLineRun(["autocode", "--rules", TestPaths.example.appendingPathComponent("rules.yaml").path], in: folder.url).status == 0)
        let narrow = try CommandLineRun(["matrix", "cooccurrence"], in: folder.url, environment: ["COLUMNS": "80"])
        #expect(narrow.status == 0)
        #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(narrow.stdout)")
        #expect(narrow.stderr.contains("columns shown to fit 80 characters; use --format csv"), "\(narrow.stderr)")
        let csv = try CommandLineRun(["matrix", "cooccurrence", "--format", "csv"], in: folder.url, environment: ["COLUMNS": "80"])
        let header = try #require(csv.stdout.components(separatedBy: "\r\n").first)
        #expect(header.split(separator: ",").count > 4)
    }

    @Test("autocode prints a summary per rule; --verbose lists each coded segment once")
    func autocodeSummary() throws {
        let folder = try study()
        let rules = TestPaths.example.appendingPathComponent("rules.yaml").path
        let verbose = try CommandLineRun(["autocode", "--rules", rules, "--dry-run"], in: folder.url)
        let listed = verbose.stdout.split(separator: "\n").filter { $0.hasPrefix("+ ") || $0.hasPrefix("= ") }
        #expect(!listed.isEmpty)
        #expect(Set(listed).count == listed.count, "each segment once")
        #expect(listed.allSatisfy { $0.count < 220 }, "texts are shortened")
        #expect(verbose.stdout.contains("dry run: "))
        let quiet = try CommandLineRun(["autocode", "--rules", rules], in: folder.url)
        #expect(quiet.status == 0)
        #expect(!quiet.stdout.split(separator: "\n").contains { $0.hasPrefix("+ ") }, "\(quiet.stdout)")
        #expect(quiet.stdout.contains("rule trust-words → alliance/bond/trust: "), "\(quiet.stdout)")
    }
}

extension WorkflowCommandTests {
    @Test("a corrected transcript keeps the roles and names set with speakers set")
    func rolesSurviveCorrection() throws {
        let folder = try study()
        #expect(try CommandLineRun(["speakers", "set", "P01", "P01", "--role", "other", "--name", "Pat"], in: folder.url).status == 0)
        var text = try String(contentsOfFile: TestPaths.exampleTranscript("P01"), encoding: .utf8)
        text = text.replacingOccurrences(of: "At the start, honestly, I just wanted", with: "At the very start, I just wanted")
        #expect(try CommandLineRun(["ingest", try folder.write("P01-fixed.txt", text: text)], in: folder.url).status == 0)
        let list = try #require(try CommandLineRun(["speakers", "list", "P01", "--format", "json"], in: folder.url).json() as? [[String: Any]])
        let p01 = try #require(list.first { $0["label"] as? String == "P01" })
        #expect(p01["role"] as? String == "other")
        #expect(p01["name"] as? String == "Pat")
    }
}
