import Foundation
import Testing
import ThematicCoding
import ThematicModel

@Suite("Coding sheets, codebook edits and matrices")
struct SheetAndCodebookTests {
    let sample = transcript("P01", [("I", "Q one"), ("P01", "answer one"), ("I", "Q two"), ("P01", "answer two")])

    @Test func sheetDiffAddsRemovesAndIsIdempotent() {
        let kept = Coding(sourceID: "P01", revision: 1, span: sample.utterances[1].span, codeID: "a", coderID: "anna")
        let dropped = Coding(sourceID: "P01", revision: 1, span: sample.utterances[3].span, codeID: "b", coderID: "anna")
        let partial = Coding(sourceID: "P01", revision: 1, span: span(of: "answer", in: sample.text), codeID: "b", coderID: "anna")
        let other = Coding(sourceID: "P01", revision: 1, span: sample.utterances[3].span, codeID: "c", coderID: "ben")
        let rows = [SheetDiff.Row(utterance: 1, codes: []), SheetDiff.Row(utterance: 2, codes: ["a", "c", "a"]),
                    SheetDiff.Row(utterance: 4, codes: [])]
        let diff = SheetDiff(rows: rows, transcript: sample, codings: [kept, dropped, partial, other], coderID: "anna")
        #expect(diff.added.map { "\($0.utterance) \($0.codeID) \($0.memo ?? "-")" } == ["2 c -"])
        #expect(diff.removed == [dropped])
        let applied = [kept, partial, other, Coding(sourceID: "P01", revision: 1, span: sample.utterances[1].span, codeID: "c", coderID: "anna")]
        #expect(SheetDiff(rows: rows, transcript: sample, codings: applied, coderID: "anna").isEmpty)
    }

    let codebook = Codebook(codes: [
        Code(id: "alliance", name: "A", isCodable: false), Code(id: "alliance/bond", name: "B"),
        Code(id: "alliance/bond/trust", name: "T"), Code(id: "alliance/goals", name: "G"), Code(id: "context", name: "C"),
    ], themes: [Theme(id: "t", name: "T", codeIDs: ["alliance/bond/trust"])])

    @Test func renameAndMoveCarryTheSubtree() throws {
        let renamed = try CodebookEditor.renaming("alliance/bond", toSlug: "relationship", in: codebook)
        #expect(renamed.codes.map(\.id) == ["alliance", "alliance/relationship", "alliance/relationship/trust", "alliance/goals", "context"])
        #expect(renamed.codes[2].guid == codebook.codes[2].guid)
        #expect(renamed.themes[0].codeIDs == ["alliance/relationship/trust"])
        let moved = try CodebookEditor.moving("alliance/bond", under: "context", in: codebook)
        #expect(moved.codes.map(\.id) == ["alliance", "alliance/goals", "context", "context/bond", "context/bond/trust"])
        let top = try CodebookEditor.moving("alliance/bond/trust", under: nil, in: codebook)
        #expect(top.codes.map(\.id).last == "trust")
        #expect(throws: CodingError.self) { try CodebookEditor.moving("alliance", under: "alliance/bond", in: codebook) }
        #expect(throws: CodingError.self) { try CodebookEditor.renaming("alliance/bond", toSlug: "goals", in: codebook) }
    }

    @Test func addAndRemove() throws {
        let added = try CodebookEditor.adding(Code(id: "alliance/bond/empathy", name: "E"), to: codebook)
        #expect(added.codes.map(\.id)[3] == "alliance/bond/empathy")
        #expect(throws: CodingError.self) { try CodebookEditor.adding(Code(id: "x/y", name: "E"), to: codebook) }
        #expect(throws: CodingError.self) { try CodebookEditor.removing("alliance/bond", from: codebook) }
        let removed = try CodebookEditor.removing("alliance/bond/trust", from: codebook)
        #expect(removed.themes[0].codeIDs.isEmpty)
    }

    @Test func matrices() {
        let second = transcript("P02", [("I", "Q"), ("P02", "yes and no")])
        let codings = [
            Coding(sourceID: "P01", revision: 1, span: sample.utterances[1].span, codeID: "a", coderID: "anna"),
            Coding(sourceID: "P01", revision: 1, span: span(of: "one", in: sample.text, occurrence: 2), codeID: "b", coderID: "anna"),
            Coding(sourceID: "P01", revision: 1, span: sample.utterances[3].span, codeID: "b", coderID: "anna"),
            Coding(sourceID: "P02", revision: 1, span: span(of: "yes", in: second.text), codeID: "a", coderID: "anna"),
            Coding(sourceID: "P02", revision: 1, span: span(of: "no", in: second.text), codeID: "b", coderID: "anna"),
        ]
        let bySource = { (id: String) in codings.filter { $0.sourceID == id } }
        let sources = [(sample, bySource("P01")), (second, bySource("P02"))]
        let overlap = CodingMatrix.cooccurrence(codes: ["a", "b"], sources: sources, unit: .overlap)
        #expect(overlap.cells == [[2, 1], [1, 3]])
        let utterance = CodingMatrix.cooccurrence(codes: ["a", "b"], sources: sources, unit: .utterance)
        #expect(utterance.cells == [[2, 2], [2, 3]])
        let codeBySource = CodingMatrix.codeBySource(codes: ["a", "b"], sourceIDs: ["P01", "P02"], codings: codings)
        #expect(codeBySource.cells == [[1, 1], [2, 1]])
        let cases = [StudyCase(id: "P01", sourceIDs: ["P01"], attributes: [CaseAttribute(name: "iv", kind: .text, value: "IV1")])]
        let byCase = CodingMatrix.codeByCase(codes: ["a", "b"], cases: cases, attribute: "iv", codings: codings)
        #expect(byCase.columns == ["IV1", "(none)"])
        #expect(byCase.cells == [[1, 1], [2, 1]])
    }
}
