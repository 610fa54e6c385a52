import Foundation
import Testing
import Thematic
import ThematicTestSupport

/// The example study coded end to end. Every expected number below was counted by hand from the
/// transcripts (turns joined with their continuation lines, then grep/perl per speaker), not
/// taken from Thematic's output; see docs/coding.md ("How the example's numbers were checked").
@Suite("Alliance study: codebook, rules, sheets, queries, matrices")
struct AllianceStudyCodingTests {
    static let example = TestPaths.example.path

    /// Participant/interpreter utterances per source containing a word starting with "trust".
    static let trustUtterances = ["P01": 2, "P02": 1, "P03": 5, "P05": 1, "P06": 1]
    /// Occurrences of "homework" and "worksheet*" in participant turns.
    static let homeworkMatches = ["P01": 4, "P02": 12]
    /// Participant/interpreter utterances mentioning "interpreter*" or "translat*".
    static let interpreterUtterances = ["P05": 15, "P06": 5]
    /// "waiting list(s)" / "waiting-list" in any turn.
    static let waitingLists = ["P01": 1, "P02": 1, "P03": 1]
    /// "secret*", "church", "know each other" inside utterances coded by interpreter-mentions.
    static let confidentialityWithin = ["P05": 3]

    func makeProject() throws -> (Project, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thematic-coding-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let project = try Project.create(at: folder + "/study.thematic", actor: "lead")
        let transcripts = (1...6).map { "\(Self.example)/transcripts/P0\($0).txt" }
        _ = try project.ingest(transcripts)
        _ = try project.importCodebook(from: Self.example + "/codebook.yaml")
        _ = try project.importCases(from: Self.example + "/cases.csv")
        return (project, folder)
    }

    func bySource(_ codings: [Coding], coder: String) -> [String: Int] {
        Dictionary(grouping: codings.filter { $0.coderID == coder }, by: \.sourceID).mapValues(\.count)
    }

    @Test func autoCodingMatchesTheHandCount() throws {
        let (project, folder) = try makeProject()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rules = try Project.readRules(from: Self.example + "/rules.yaml")
        let dry = try project.autocode(rules: rules, dryRun: true)
        #expect(dry.hits.count == 52)
        #expect(try project.codings().isEmpty)
        let eventsBefore = try project.events().count
        let report = try project.autocode(rules: rules)
        #expect(try project.events().count == eventsBefore + 1)
        #expect(report.hits.count == 52)
        let codings = try project.codings()
        #expect(bySource(codings, coder: "auto:trust-words") == Self.trustUtterances)
        #expect(bySource(codings, coder: "auto:homework-words") == Self.homeworkMatches)
        #expect(bySource(codings, coder: "auto:interpreter-mentions") == Self.interpreterUtterances)
        #expect(bySource(codings, coder: "auto:waiting-lists") == Self.waitingLists)
        #expect(bySource(codings, coder: "auto:known-in-the-community") == Self.confidentialityWithin)
        // Again: nothing new, no event.
        let again = try project.autocode(rules: rules)
        #expect(again.hits.allSatisfy { !$0.isNew })
        #expect(try project.events().count == eventsBefore + 1)
        // A batch can be removed by its coder.
        #expect(try project.uncodeAll(coder: "auto:waiting-lists").count == 3)
        #expect(try project.codings().count == 49)
    }

    @Test func queriesAndMatrices() throws {
        let (project, folder) = try makeProject()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try project.autocode(rules: try Project.readRules(from: Self.example + "/rules.yaml"))

        var iv2 = QueryOptions()
        iv2.caseAttributes = ["interviewer": "IV2"]   // P03, P05, P06
        #expect(try project.query("alliance/bond/trust", options: iv2).count == 5 + 1 + 1)
        // One utterance (P05, the last session) mentions both trust and the interpreter.
        let both = try project.query("trust AND interpreter")
        #expect(both.map { "\($0.sourceID):\($0.speaker.name)" } == ["P05:Interpreter"])
        #expect(both[0].text.contains("Thank you for trusting me."))
        #expect(try project.query("interpreter AND NOT alliance").count == 19)
        // Descendants count unless --exact: nothing is coded with alliance/bond itself.
        #expect(try project.query("alliance/bond").count == 10)
        var exact = QueryOptions()
        exact.exact = true
        #expect(try project.query("alliance/bond", options: exact).isEmpty)
        var participants = QueryOptions()
        participants.roles = [.participant]   // P05/P06 trust is in the interpreter's rendering
        #expect(try project.query("trust", options: participants).count == 8)
        var context = QueryOptions()
        context.context = 1
        context.sources = ["P02"]
        let withContext = try project.query("trust", options: context)
        #expect(withContext.filter(\.isContext).count == 2)
        #expect(throws: ThematicError.self) { try project.query("trust AND (goals") }

        let byCase = try project.codeByCase(attribute: "interpreter")
        #expect(byCase.columns == ["no", "yes"])
        #expect(byCase.count("alliance/bond/trust", "no") == 8)
        #expect(byCase.count("alliance/bond/trust", "yes") == 2)
        #expect(byCase.count("alliance/tasks/homework", "no") == 16)
        #expect(byCase.count("interpreter/triadic-relationship", "yes") == 20)
        #expect(byCase.count("interpreter/confidentiality", "yes") == 3)
        #expect(byCase.count("context/practicalities", "no") == 3)
        let bySource = try project.codeBySource()
        #expect(bySource.columns == ["P01", "P02", "P03", "P04", "P05", "P06"])
        #expect(bySource.cells[bySource.rows.firstIndex(of: "alliance/bond/trust")!] == [2, 1, 5, 0, 1, 1])
        let cooccurrence = try project.cooccurrence(unit: .utterance)
        #expect(cooccurrence.count("alliance/bond/trust", "interpreter/triadic-relationship") == 1)
        #expect(cooccurrence.count("interpreter/triadic-relationship", "interpreter/confidentiality") == 3)
        #expect(cooccurrence.count("alliance/tasks/homework", "alliance/tasks/homework") == 10)
        let overlap = try project.cooccurrence(unit: .overlap)
        #expect(overlap.count("interpreter/triadic-relationship", "interpreter/confidentiality") == 3)
        #expect(overlap.count("alliance/tasks/homework", "alliance/tasks/homework") == 16)
        let frequencies = try project.frequencies()
        #expect(frequencies.map(\.codeID) == ["alliance/bond/trust", "alliance/tasks/homework", "interpreter/triadic-relationship",
                                              "interpreter/confidentiality", "context/practicalities"])
        #expect(frequencies.map(\.codings) == [10, 16, 20, 3, 3])
        // Speaker filters apply to matrices too: in interpreter turns only trust (P05, P06) and the
        // interpreter codes occur.
        var interpreters = QueryOptions()
        interpreters.roles = [.interpreter]
        #expect(try project.frequencies(options: interpreters).map { "\($0.codeID) \($0.codings)" } == [
            "alliance/bond/trust 2", "interpreter/triadic-relationship 20", "interpreter/confidentiality 3",
        ])
        var interviewers = QueryOptions()
        interviewers.roles = [.interviewer]
        #expect(try project.codeBySource(options: interviewers).rows.isEmpty)
    }

    @Test func sheetRoundTrip() throws {
        let (project, folder) = try makeProject()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let anna = try Project.open(at: project.path, actor: "anna")
        _ = try anna.code("P01:4", with: ["alliance/bond/trust"])
        _ = try anna.code("P01@500-520", with: ["alliance/goals"])    // not a whole utterance: not on the sheet
        let exported = try anna.exportSheet(source: "P01")
        #expect(exported.hasPrefix("\u{FEFF}source,revision,utterance,speaker,start,text,codes,memo,coder\r\n"))
        #expect(exported.components(separatedBy: "\r\n").count == 45 + 2)
        #expect(exported.contains("P01,1,4,P01,00:00:43,\"Sure. Um, I started seeing"))
        #expect(exported.contains(",alliance/bond/trust,,anna\r\n"))

        // Unchanged, it changes nothing.
        let path = folder + "/P01.csv"
        try exported.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try anna.importSheet(from: path).isEmpty)

        // As a spreadsheet program saves it: BOM, CRLF, a quoted memo with a line break and a quote,
        // codes by short name; row 4 loses trust and gains empathy. (Without a text column: a sheet
        // with one is checked row by row against the transcript.)
        let filled = "\u{FEFF}source,utterance,speaker,start,codes,memo,coder\r\n"
            + "P01,2,P01,0:10,alliance/goals; tasks,\"first line\r\nsecond \"\"quoted\"\"\",anna\r\n"
            + "P01,4,P01,0:43,empathy,,anna\r\n"
        try filled.write(toFile: path, atomically: true, encoding: .utf8)
        let events = try project.events().count
        let report = try anna.importSheet(from: path)
        #expect(report.added.map { "\($0.utterance) \($0.codeID)" } == ["2 alliance/goals", "2 alliance/tasks", "4 alliance/bond/empathy"])
        #expect(report.removed.map { "\($0.utterance) \($0.codeID)" } == ["4 alliance/bond/trust"])
        #expect(try project.events().count == events + 1)
        let memo = try anna.codings(source: "P01").first { $0.codeID == "alliance/tasks" }?.memo
        #expect(memo == "first line\nsecond \"quoted\"")
        #expect(try anna.importSheet(from: path).isEmpty)
        #expect(try anna.codings(source: "P01").contains { $0.codeID == "alliance/goals" && $0.span == TextSpan(start: 500, end: 520) })

        // Unknown and grouping codes: every one reported at its line and column, nothing changed.
        let bad = "source,utterance,codes\nP01,6,alliance/bond;nonsense\nP01,8,\"alliance\"\n"
        try bad.write(toFile: path, atomically: true, encoding: .utf8)
        let before = try anna.codings(source: "P01")
        #expect {
            try anna.importSheet(from: path)
        } throws: { error in
            guard let error = error as? ThematicError, case .fileErrors(let problems) = error else { return false }
            return problems.map(\.description) == [
                "\(path):2:21: error: no code 'nonsense' in the codebook",
                "\(path):3:8: error: code 'alliance' is a grouping node and cannot be used for coding",
            ]
        }
        #expect(try anna.codings(source: "P01") == before)
        #expect(try project.events().count == events + 1)
    }

    @Test func manualCodingAndCodebookEdits() throws {
        let (project, folder) = try makeProject()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let events = try project.events().count
        let first = try project.code("P03:6-7", with: ["trust", "alliance/bond/empathy"], memo: "tested him")
        #expect(first.changed == 2)
        #expect(try project.code("P03:6-7", with: ["trust"]).changed == 0)
        #expect(try project.events().count == events + 1)
        #expect(throws: ThematicError.self) { try project.code("P03:6", with: ["alliance"]) }
        #expect(throws: ThematicError.self) { try project.code("P03:999", with: ["trust"]) }
        #expect(throws: ThematicError.self) { try project.code("P03:6", with: ["no-such-code"]) }

        let renamed = try project.renameCode("alliance/bond", to: "relationship")
        #expect(renamed.renamed.map(\.to) == ["alliance/relationship", "alliance/relationship/trust", "alliance/relationship/empathy"])
        #expect(Set(try project.codings().map(\.codeID)) == ["alliance/relationship/trust", "alliance/relationship/empathy"])
        #expect(try project.codebook().themes[0].codeIDs.contains("alliance/relationship/trust"))
        _ = try project.moveCode("alliance/relationship/empathy", under: "context")
        #expect(try project.codings().contains { $0.codeID == "context/empathy" })
        let merged = try project.mergeCode("context/empathy", into: "alliance/relationship/trust")
        #expect(merged.codingsMoved == 0 && merged.codingsRemoved == 1)   // same span and coder: not duplicated
        #expect(try project.codings().count == 1)
        #expect {
            try project.deleteCode("alliance/relationship/trust")
        } throws: { error in
            "\(error)".contains("has 1 coding; add --force")
        }
        let deleted = try project.deleteCode("alliance/relationship/trust", force: true)
        #expect(deleted.codingsRemoved == 1)
        #expect(try project.codings().isEmpty)
        _ = try project.addCode(Code(id: "alliance/relationship/safety", name: "Safety"))
        _ = try project.editCode("alliance/relationship/safety") { $0.definition = "Feeling safe." }
        #expect(try project.codebook().code(id: "alliance/relationship/safety")?.definition == "Feeling safe.")
        let memo = try project.addMemo(about: .code(id: "alliance/relationship/safety"), text: "Split from trust.")
        #expect(try project.memos(about: .code(id: "alliance/relationship/safety")).map(\.id) == [memo.id])
        #expect(throws: ThematicError.self) { try project.addMemo(about: .source(id: "P99"), text: "x") }
        // One event per change.
        #expect(try project.events().suffix(7).map(\.command) == [
            "codebook rename", "codebook move", "codebook merge", "codebook delete", "codebook add", "codebook edit", "memo add",
        ])
    }
}
