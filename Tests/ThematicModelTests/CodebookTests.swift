import Foundation
import Testing
import ThematicModel

@Suite("Codebook rules")
struct CodebookTests {
    @Test("a well-formed codebook validates, and the hierarchy is read from the ids")
    func wellFormed() throws {
        let codebook = Codebook(codes: [
            Code(id: "alliance", name: "Alliance", isCodable: false),
            Code(id: "alliance/bond", name: "Bond"),
            Code(id: "alliance/bond/trust", name: "Trust"),
            Code(id: "alliance/goals", name: "Goals"),
        ], themes: [Theme(id: "lived", name: "Lived alliance", codeIDs: ["alliance/bond/trust"])])
        try codebook.validate()
        #expect(codebook.children(of: nil).map(\.id) == ["alliance"])
        #expect(codebook.children(of: "alliance").map(\.id) == ["alliance/bond", "alliance/goals"])
        #expect(codebook.subtree(of: "alliance/bond").map(\.id) == ["alliance/bond", "alliance/bond/trust"])
        #expect(codebook.code(id: "alliance/bond/trust")?.parentID == "alliance/bond")
        #expect(codebook.code(id: "alliance/bond/trust")?.depth == 3)
    }

    @Test("each broken rule is named", arguments: [
        (Codebook(codes: [Code(id: "Alliance", name: "A")]), CodebookError.invalidSlug(codeID: "Alliance")),
        (Codebook(codes: [Code(id: "a//b", name: "A")]), CodebookError.invalidSlug(codeID: "a//b")),
        (Codebook(codes: [Code(id: "a", name: "A"), Code(id: "a", name: "B")]), CodebookError.duplicateCode(id: "a")),
        (Codebook(codes: [Code(id: "a/b", name: "B")]), CodebookError.missingParent(codeID: "a/b", parentID: "a")),
        (Codebook(codes: [Code(id: "a", name: "A")], themes: [Theme(id: "t", name: "T", codeIDs: ["b"])]),
         CodebookError.unknownCodeInTheme(themeID: "t", codeID: "b")),
    ])
    func broken(codebook: Codebook, expected: CodebookError) {
        #expect(throws: expected) { try codebook.validate() }
    }

    @Test("two codes may not share a guid")
    func duplicateGUID() {
        let guid = UUID()
        let codebook = Codebook(codes: [Code(id: "a", guid: guid, name: "A"), Code(id: "b", guid: guid, name: "B")])
        #expect(throws: CodebookError.duplicateGUID(codeID: "b", otherCodeID: "a")) { try codebook.validate() }
    }

    @Test("spans encode as [start, end] and refuse reversed bounds")
    func spanCoding() throws {
        let data = try JSONEncoder().encode(TextSpan(start: 3, end: 9))
        #expect(String(decoding: data, as: UTF8.self) == "[3,9]")
        #expect(try JSONDecoder().decode(TextSpan.self, from: Data("[3,9]".utf8)) == TextSpan(start: 3, end: 9))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TextSpan.self, from: Data("[9,3]".utf8)) }
    }

    @Test("span relations")
    func spanRelations() {
        let span = TextSpan(start: 10, end: 20)
        #expect(span.overlaps(TextSpan(start: 19, end: 25)))
        #expect(!span.overlaps(TextSpan(start: 20, end: 25)))
        #expect(span.intersection(TextSpan(start: 15, end: 30)) == TextSpan(start: 15, end: 20))
        #expect(span.contains(TextSpan(start: 10, end: 20)))
        #expect(!span.contains(20))
    }

    @Test("speaker roles guessed from labels", arguments: [
        ("Interviewer", SpeakerRole.interviewer), ("Interviewer 1", .interviewer), ("INT", .interviewer),
        ("I", .interviewer), ("Q", .interviewer), ("Interpreter", .interpreter), ("Dolmetscherin", .interpreter),
        ("P01", .participant), ("Interviewee1", .participant), ("Unknown Speaker", .other), ("Dr. Melissa Ko", .participant),
    ])
    func roles(label: String, role: SpeakerRole) {
        #expect(SpeakerRole.guess(fromLabel: label) == role)
    }

    @Test("phases by name and number")
    func phases() {
        #expect(Phase(name: "initial-codes") == .generatingInitialCodes)
        #expect(Phase(name: "6") == .producingReport)
        #expect(Phase(name: "seven") == nil)
        #expect(Phase.allCases.map(\.rawValue) == [1, 2, 3, 4, 5, 6])
    }
}
