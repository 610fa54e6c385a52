import Foundation
import Testing
import Thematic
import ThematicTestSupport

/// Themes, phases, the audit and snapshots on a real project file built from the example study.
@Suite("Themes, phases and the audit on a project")
struct AuditProjectTests {
    static let example = TestPaths.example

    /// The example's transcripts and codebook in a fresh project.
    static func exampleProject(_ folder: TemporaryFolder) throws -> Project {
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        _ = try project.ingest((1...6).map { TestPaths.exampleTranscript("P0\($0)") })
        _ = try project.importCodebook(from: example.appendingPathComponent("codebook.yaml").path)
        return project
    }

    @Test("theme commands: one event each; a failing one changes nothing")
    func themeCommands() throws {
        let folder = TemporaryFolder()
        let project = try Self.exampleProject(folder)
        let before = try project.events().count
        let added = try project.addTheme(name: "Being held in mind", parent: "alliance-as-lived", definition: "Felt attention.")
        #expect(added.theme?.id == "being-held-in-mind")
        #expect(added.theme?.parentID == "alliance-as-lived")
        _ = try project.assignCodes(["empathy"], to: "being-held-in-mind")
        _ = try project.defineTheme("being-held-in-mind", scopeNote: "Not technique.", status: .reviewed)
        _ = try project.renameTheme("being-held-in-mind", name: "Held in mind", id: "held-in-mind")
        var themes = try project.themes()
        let held = try #require(themes.first { $0.id == "held-in-mind" })
        #expect(held.name == "Held in mind")
        #expect(held.codeIDs == ["alliance/bond/empathy"])
        #expect(held.scopeNote == "Not technique.")
        #expect(held.status == .reviewed)
        #expect(try project.events().count == before + 4)
        #expect(try project.events().suffix(4).map(\.command) == ["theme add", "theme assign", "theme define", "theme rename"])

        // Failures: nothing changes, nothing is logged.
        #expect(throws: ThematicError.self) { try project.removeTheme("alliance-as-lived") }
        #expect(throws: ThematicError.self) { try project.moveTheme("alliance-as-lived", under: "held-in-mind") }
        #expect(throws: ThematicError.self) { try project.assignCodes(["no-such-code"], to: "held-in-mind") }
        #expect(throws: ThematicError.self) { try project.addTheme(name: "Held in mind", id: "held-in-mind") }
        #expect(try project.themes() == themes)
        #expect(try project.events().count == before + 4)

        _ = try project.splitTheme("ruptures-as-turning-points", into: "endings", name: "Endings", codes: ["context/endings"])
        _ = try project.mergeTheme("endings", into: "fit-and-access")
        _ = try project.removeTheme("held-in-mind", force: true)
        themes = try project.themes()
        #expect(!themes.contains { $0.id == "endings" || $0.id == "held-in-mind" })
        #expect(themes.first { $0.id == "fit-and-access" }?.codeIDs.last == "context/endings")
        #expect(themes.first { $0.id == "ruptures-as-turning-points" }?.codeIDs.contains("context/endings") == false)
    }

    @Test("exemplars by segment and by coding id keep the quote, the revision and the offsets; they travel through the YAML")
    func exemplarsAndYAML() throws {
        let folder = TemporaryFolder()
        let project = try Self.exampleProject(folder)
        let transcript = try project.transcript(id: "P05")
        let utterance = transcript.utterances[13]
        let bySegment = try project.addExemplar(to: "three-in-the-room", reference: "P05:14")
        let exemplar = try #require(bySegment.theme?.exemplars.first)
        #expect(exemplar.span == utterance.span)
        #expect(exemplar.revision == 1)
        #expect(exemplar.quote == String(TextIndex(transcript.text).slice(utterance.span)))
        let coding = try project.code("P06:3", with: ["alliance/bond/trust"])
        let codingID = try #require(coding.codingIDs.first)
        let byCoding = try project.addExemplar(to: "alliance-as-lived", reference: codingID.uuidString.lowercased())
        #expect(byCoding.theme?.exemplars.first?.codingID == codingID)
        #expect(throws: ThematicError.self) { try project.addExemplar(to: "alliance-as-lived", reference: UUID().uuidString) }
        #expect(throws: ThematicError.self) { try project.addExemplar(to: "alliance-as-lived", reference: "P05:9999") }
        _ = try project.defineTheme("three-in-the-room", scopeNote: "Not language as such.", status: .defined)
        _ = try project.moveTheme("fit-and-access", under: "three-in-the-room")

        // Written out and read into another project, the themes come back field for field.
        let yaml = try folder.write("out.yaml", text: codebookYAML(try project.codebook()))
        let other = try Project.create(at: folder.path("o.thematic"), actor: "ben")
        _ = try other.importCodebook(from: yaml)
        #expect(try other.themes() == project.themes())
        // Importing it again changes nothing.
        #expect(try project.importCodebook(from: yaml).isEmpty)
    }

    @Test("phase advance refuses an unfinished phase, --force is recorded, going back is free; snapshots at each change")
    func phases() throws {
        let folder = TemporaryFolder()
        let project = try Self.exampleProject(folder)
        #expect(try project.status().phase == .familiarising)
        #expect(throws: ThematicError.self) { try project.advancePhase() }
        let forced = try project.advancePhase(force: true)
        #expect(forced.forced)
        #expect(forced.to == .generatingInitialCodes)
        #expect(forced.snapshot == "phase-1")
        let event = try #require(try project.events().last)
        #expect(event.command == "phase advance")
        #expect(event.summary.contains("forced past: every source has a familiarisation memo"))
        #expect(event.phase == .generatingInitialCodes)
        let back = try project.setPhase(.familiarising)
        #expect(!back.forced)
        #expect(back.snapshot == "phase-2")
        for source in try project.sources() { _ = try project.addMemo(about: .source(id: source.id), text: "read twice") }
        let clean = try project.advancePhase()
        #expect(!clean.forced)
        #expect(clean.snapshot == "phase-1-2")
        #expect(throws: ThematicError.self) { try project.setPhase(.generatingInitialCodes) }
        #expect(try project.snapshots().map(\.name) == ["phase-1", "phase-2", "phase-1-2"])
    }

    @Test("the audit is recorded; a change after it makes phase 6 ask for a new one")
    func auditRecorded() throws {
        let folder = TemporaryFolder()
        let project = try Self.exampleProject(folder)
        _ = try project.importCases(from: Self.example.appendingPathComponent("cases.csv").path)
        _ = try project.code("P01:2", with: ["alliance/bond/trust"])
        let result = try project.audit(by: "wai_score")
        #expect(try project.events().last?.command == "audit")
        #expect(result.framework.themes.count == 5)
        #expect(result.findings(.emptyTheme).count == 4)
        #expect(result.findings(.uncodedSource).count == 5)
        #expect(result.framework.themes[0].prevalence.byAttribute?.present?.mean == 79)
        var checklist = try #require(try project.status().checklists.last)
        #expect(checklist.items[0].isDone)
        _ = try project.code("P02:2", with: ["alliance/bond/trust"])
        checklist = try #require(try project.status().checklists.last)
        #expect(!checklist.items[0].isDone)
        #expect(throws: ThematicError.self) { try project.audit(by: "no_such_attribute") }
    }

    @Test("thresholds are stored; snapshots are immutable rows; diff against now")
    func thresholdsSnapshotsDiff() throws {
        let folder = TemporaryFolder()
        let project = try Self.exampleProject(folder)
        _ = try project.audit(thresholds: AuditThresholds(minSegments: 2, minParticipants: 1, maxOverlap: 0.3, approach: .reflexive))
        #expect(try project.auditThresholds() == AuditThresholds(minSegments: 2, minParticipants: 1, maxOverlap: 0.3, approach: .reflexive))
        #expect(throws: ThematicError.self) { try project.audit(thresholds: AuditThresholds(minSegments: 0)) }
        _ = try project.snapshot(name: "before")
        #expect(throws: ThematicError.self) { try project.snapshot(name: "before") }
        _ = try project.renameTheme("fit-and-access", name: nil, id: "what-clients-bring")
        _ = try project.mergeCode("context/change", into: "alliance/goals")
        let diff = try project.diff(from: "before")
        #expect(diff.changes.contains { $0.kind == .renamed && $0.object == .theme && $0.from == "fit-and-access" && $0.to == "what-clients-bring" })
        #expect(diff.changes.contains { $0.kind == .removed && $0.object == .code && $0.from == "context/change" })
        #expect(throws: ThematicError.self) { try project.diff(from: "nope") }
    }
}
