import Foundation
import Testing
import Thematic
import ThematicTestSupport

/// No operation may lose a memo silently or leave one pointing at a coding or code that is gone.
@Suite("Memos survive re-anchoring, code edits and uncoding")
struct MemoIntegrityTests {
    private static let original = "---\nid: T1\n---\n\nA: We trust her um a lot.\n\nB: Fine, thanks.\n"
    private static let corrected = "---\nid: T1\n---\n\nA: We trust her a lot.\n\nB: Fine, thanks.\n"

    private func project(_ folder: TemporaryFolder) throws -> Project {
        let project = try Project.create(at: folder.path("m.thematic"), actor: "anna")
        _ = try project.ingest([try folder.write("T1.txt", text: MemoIntegrityTests.original)])
        _ = try project.importCodebook(from: TestPaths.example.appendingPathComponent("codebook.yaml").path)
        return project
    }

    /// `@start-end` of a phrase in the current text of T1.
    private func reference(_ project: Project, _ phrase: String) throws -> String {
        let text = try project.transcript(id: "T1").text
        let range = try #require(text.range(of: phrase))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return "T1@\(start)-\(start + phrase.unicodeScalars.count)"
    }

    /// Every memo about a coding or code points at one that exists.
    private func expectNoDangling(_ project: Project, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let codings = Set(try project.codings().map(\.id.uuidString))
        let codes = Set(try project.codebook().codes.map(\.id))
        for memo in try project.memos() {
            switch memo.target {
            case .coding(let id): #expect(codings.contains(id), "memo on a coding that is gone: \(memo.text)", sourceLocation: sourceLocation)
            case .code(let id): #expect(codes.contains(id), "memo on a code that is gone: \(memo.text)", sourceLocation: sourceLocation)
            default: break
            }
        }
    }

    @Test("two codings that re-anchoring merges keep both memos, on the coding that stays")
    func reAnchoringMerge() throws {
        let folder = TemporaryFolder()
        let project = try project(folder)
        let short = try project.code(try reference(project, "trust her"), with: ["trust"], memo: "first reading")
        let long = try project.code(try reference(project, "trust her um"), with: ["trust"], memo: "second reading")
        _ = try project.addMemo(about: .coding(id: long.codingIDs[0].uuidString), text: "written about the longer one")

        let report = try project.ingest([try folder.write("T1-fixed.txt", text: MemoIntegrityTests.corrected)])
        #expect(report.ingested.first?.reanchoring?.merged == 1)
        let codings = try project.codings(source: "T1")
        #expect(codings.count == 1)
        let survivor = try #require(codings.first)
        #expect(survivor.id == short.codingIDs[0])
        #expect(survivor.memo == "first reading\n\nsecond reading")
        let about = try project.memos(about: .coding(id: survivor.id.uuidString)).map(\.text)
        #expect(about.contains("written about the longer one"))
        #expect(about.contains("first reading\n\nsecond reading"), "a coding's own memo is listed with it")
        try expectNoDangling(project)
    }

    @Test("renaming and merging codes carry their memos; the memos of merged duplicates are kept")
    func renameAndMerge() throws {
        let folder = TemporaryFolder()
        let project = try project(folder)
        _ = try project.addMemo(about: .code(id: "alliance/bond/trust"), text: "trust is earned")
        _ = try project.renameCode("alliance/bond/trust", to: "confidence")
        #expect(try project.memos(about: .code(id: "alliance/bond/confidence")).map(\.text) == ["trust is earned"])

        let place = try reference(project, "trust her")
        _ = try project.code(place, with: ["alliance/bond/confidence"], memo: "kept as trust")
        _ = try project.code(place, with: ["empathy"], memo: "read as empathy")
        let change = try project.mergeCode("alliance/bond/confidence", into: "alliance/bond/empathy")
        #expect(change.codingsRemoved == 1)
        let merged = try #require(try project.codings(source: "T1").first)
        #expect(merged.memo == "read as empathy\n\nkept as trust")
        #expect(try project.memos(about: .code(id: "alliance/bond/empathy")).map(\.text) == ["trust is earned"])
        try expectNoDangling(project)
    }

    @Test("deleting a code and uncoding say which memos go, and leave none behind")
    func deleteAndUncode() throws {
        let folder = TemporaryFolder()
        let project = try project(folder)
        let coded = try project.code(try reference(project, "a lot"), with: ["empathy"], memo: "own memo")
        _ = try project.addMemo(about: .coding(id: coded.codingIDs[0].uuidString), text: "about it")
        _ = try project.addMemo(about: .code(id: "alliance/bond/empathy"), text: "about the code")
        let change = try project.deleteCode("alliance/bond/empathy", force: true)
        #expect(Set(change.memosRemoved.map(\.text)) == ["own memo", "about it", "about the code"])
        #expect(change.summary.contains("3 memos"))
        let payload = try #require(try project.events().last?.payload)
        #expect(payload.contains("about the code"), "the removed memos are kept in the audit trail")
        try expectNoDangling(project)

        let again = try project.code(try reference(project, "Fine"), with: ["trust"], memo: "fine is not fine")
        _ = try project.addMemo(about: .coding(id: again.codingIDs[0].uuidString), text: "really")
        let removed = try project.uncode(try reference(project, "Fine"), codes: ["trust"])
        #expect(Set(removed.removedMemos.map(\.text)) == ["fine is not fine", "really"])
        try expectNoDangling(project)

        _ = try project.code(try reference(project, "Fine"), with: ["trust"], coder: "auto:x")
        let batch = try project.code(try reference(project, "a lot"), with: ["trust"], coder: "auto:x")
        _ = try project.addMemo(about: .coding(id: batch.codingIDs[0].uuidString), text: "check this rule")
        let all = try project.uncodeAll(coder: "auto:x")
        #expect(all.count == 2)
        #expect(all.memos.map(\.text) == ["check this rule"])
        try expectNoDangling(project)
    }
}
