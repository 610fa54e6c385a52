import Foundation
import Testing
import ThematicExchange
import ThematicModel

@Suite("Themes in YAML codebooks")
struct YAMLThemesTests {
    static let codes = "codes:\n  - id: a\n    name: A\n  - id: b\n    name: B\n"

    @Test("scope note, status, parent and exemplars read, write and read back unchanged")
    func roundTrip() throws {
        let yaml = Self.codes + """
            themes:
              - id: top
                name: Top
                definition: About it.
                scope_note: Not about that.
                status: defined
                codes: [a]
                exemplars:
                  - {source: P01, revision: 2, start: 3, end: 9, quote: "a “quote” 🙏🏽", coding: 0C4F3E52-2B1F-4C55-9B5E-1D2C3B4A5F60}
              - id: sub
                name: Sub
                parent: top
                codes: [b]
            """
        let codebook = try YAMLCodebookReader().read(yaml, file: "c.yaml")
        let top = try #require(codebook.theme(id: "top"))
        #expect(top.scopeNote == "Not about that.")
        #expect(top.status == .defined)
        #expect(top.exemplars == [Exemplar(sourceID: "P01", revision: 2, span: TextSpan(start: 3, end: 9),
                                           codingID: UUID(uuidString: "0C4F3E52-2B1F-4C55-9B5E-1D2C3B4A5F60"), quote: "a “quote” 🙏🏽")])
        #expect(codebook.theme(id: "sub")?.parentID == "top")
        #expect(codebook.theme(id: "sub")?.status == .candidate)
        let again = try YAMLCodebookReader().read(YAMLCodebookWriter().text(codebook), file: "w.yaml")
        #expect(again == codebook)
    }

    @Test("bad theme values point at themselves", arguments: [
        ("themes:\n  - id: t\n    name: T\n    status: done\n", 9, 13),
        ("themes:\n  - id: t\n    name: T\n    exemplars:\n      - {source: P01, start: 5, end: 2}\n", 10, 9),
        ("themes:\n  - id: t\n    name: T\n    exemplars:\n      - {source: P01, start: -1, end: 2}\n", 10, 30),
        ("themes:\n  - id: t\n    name: T\n    exemplars:\n      - {source: P01, begin: 1, end: 2}\n", 10, 23),
        ("themes:\n  - id: t\n    name: T\n    parent: nowhere\n", 9, 13),
        ("themes:\n  - id: t\n    name: T\n    parent: u\n  - id: u\n    name: U\n    parent: t\n", 12, 13),
    ])
    func badValues(yaml: String, line: Int, column: Int) {
        #expect {
            _ = try YAMLCodebookReader().read(Self.codes + yaml, file: "c.yaml")
        } throws: { error in
            (error as? ExchangeError)?.location == SourceLocation(file: "c.yaml", line: line, column: column)
        }
    }
}
