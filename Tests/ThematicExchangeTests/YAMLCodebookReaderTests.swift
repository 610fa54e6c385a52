import Foundation
import Testing
import ThematicExchange
import ThematicModel
import ThematicTestSupport

@Suite("Reading YAML codebooks")
struct YAMLCodebookReaderTests {
    @Test("the example codebook reads into a hierarchy with full criteria")
    func example() throws {
        let codebook = try YAMLCodebookReader().read(contentsOf: TestPaths.example.appendingPathComponent("codebook.yaml").path)
        #expect(codebook.name == "Working alliance in therapy")
        #expect(codebook.codes.first?.id == "alliance")
        #expect(codebook.code(id: "alliance/bond")?.parentID == "alliance")
        #expect(codebook.code(id: "alliance/tasks/homework") != nil)
        // Pre-order: every parent comes before its children.
        var seen = Set<String>()
        for code in codebook.codes {
            if let parent = code.parentID { #expect(seen.contains(parent), "\(code.id) before \(parent)") }
            seen.insert(code.id)
        }
        #expect(codebook.themes.allSatisfy { !$0.codeIDs.isEmpty })
    }

    @Test("fields map to the model; guids and colours are checked")
    func fields() throws {
        let yaml = """
            version: 1
            name: Small
            description: >
              Two codes.
            codes:
              - id: bond
                name: Bond
                definition: "  The tie.  "
                include: Warmth.
                exclude: Liking only.
                example: She stayed with me.
                atypical_example: He was there.
                colour: "#4E79A7"
                memo: Check with Anna.
                guid: 0c4f3e52-2b1f-4c55-9b5e-1d2c3b4a5f60
            """
        let code = try #require(try YAMLCodebookReader().read(yaml, file: "c.yaml").codes.first)
        #expect(code.definition == "The tie.")
        #expect(code.inclusion == "Warmth.")
        #expect(code.exclusion == "Liking only.")
        #expect(code.typicalExample == "She stayed with me.")
        #expect(code.atypicalExample == "He was there.")
        #expect(code.colour == "#4e79a7")
        #expect(code.memo == "Check with Anna.")
        #expect(code.guid == UUID(uuidString: "0C4F3E52-2B1F-4C55-9B5E-1D2C3B4A5F60"))
        #expect(code.isCodable)
    }

    @Test("bad values point at themselves", arguments: [
        ("codes:\n  - id: a\n    name: A\n    colour: blue\n", 4, 13),
        ("codes:\n  - id: a\n    name: A\n    guid: nope\n", 4, 11),
        ("codes:\n  - id: a\n    name: A\n    codable: maybe\n", 4, 14),
        ("codes: {}\n", 1, 8),
        ("- just a list\n", 1, 1),
    ])
    func badValues(yaml: String, line: Int, column: Int) {
        #expect {
            _ = try YAMLCodebookReader().read(yaml, file: "c.yaml")
        } throws: { error in
            (error as? ExchangeError)?.location == SourceLocation(file: "c.yaml", line: line, column: column)
        }
    }
}
