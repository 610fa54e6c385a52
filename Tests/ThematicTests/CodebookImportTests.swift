import Foundation
import Testing
import Thematic
import ThematicTestSupport

@Suite("Importing a YAML codebook")
struct CodebookImportTests {
    static let codebookPath = TestPaths.example.appendingPathComponent("codebook.yaml").path

    @Test("the example codebook imports whole; importing it again changes nothing and logs nothing")
    func exampleCodebook() throws {
        let folder = TemporaryFolder()
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        let merge = try project.importCodebook(from: Self.codebookPath)
        let codebook = try project.codebook()
        #expect(merge.added.count == codebook.codes.count)
        #expect(codebook.codes.count >= 15)
        #expect(codebook.code(id: "alliance/bond/trust")?.name == "Trust")
        #expect(codebook.code(id: "alliance")?.isCodable == false)
        #expect(codebook.codes.filter(\.isCodable).allSatisfy { !$0.definition.isEmpty && !$0.inclusion.isEmpty
            && !$0.exclusion.isEmpty && !$0.typicalExample.isEmpty })
        #expect(Set(codebook.codes.map(\.depth)) == [1, 2, 3])
        #expect(!codebook.themes.isEmpty)
        try codebook.validate()
        let again = try project.importCodebook(from: Self.codebookPath)
        #expect(again.isEmpty)
        #expect(try project.events().map(\.command) == ["init", "codebook import"])
    }

    @Test("a changed codebook updates in place: same guid renamed keeps its identity, new codes are added")
    func updateInPlace() throws {
        let folder = TemporaryFolder()
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        let guid = "0C4F3E52-2B1F-4C55-9B5E-1D2C3B4A5F60"
        let first = try folder.write("c.yaml", text: """
            version: 1
            name: Test
            codes:
              - id: bond
                name: Bond
                guid: \(guid)
                definition: The emotional tie.
              - id: goals
                name: Goals
            """)
        _ = try project.importCodebook(from: first)
        let second = try folder.write("c2.yaml", text: """
            version: 1
            name: Test
            codes:
              - id: alliance
                name: Alliance
                codable: false
                children:
                  - id: emotional-bond
                    name: Emotional bond
                    guid: \(guid)
                    definition: The emotional tie.
              - id: goals
                name: Goals
                definition: Agreement on what therapy is for.
            """)
        let merge = try project.importCodebook(from: second)
        #expect(merge.added == ["alliance"])
        #expect(merge.renamed == [.init(from: "bond", to: "alliance/emotional-bond")])
        #expect(merge.changed == ["goals"])
        let codebook = try project.codebook()
        #expect(codebook.codes.map(\.id) == ["alliance", "alliance/emotional-bond", "goals"])
        #expect(codebook.code(id: "alliance/emotional-bond")?.guid.uuidString == guid)
    }

    @Test("YAML mistakes are reported at their line and column", arguments: [
        ("codes:\n  - id: Bond\n    name: Bond\n", 2, 9, "code id 'Bond' must be lowercase"),
        ("codes:\n  - id: bond\n    name: Bond\n    defintion: typo\n", 4, 5, "unknown key 'defintion'"),
        ("codes:\n  - id: bond\n    name: [unclosed\n", 4, 1, "YAML:"),
        ("codes:\n  - id: bond\n", 2, 5, "code 'bond' needs a 'name'"),
        ("version: 2\ncodes: []\n", 1, 10, "version 2 is not known"),
        ("codes:\n  - id: a\n    name: A\nthemes:\n  - id: t\n    name: T\n    codes: [a/b]\n", 7, 13, "names code 'a/b'"),
    ])
    func errors(yaml: String, line: Int, column: Int, message: String) throws {
        let folder = TemporaryFolder()
        let file = try folder.write("bad.yaml", text: yaml)
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        do {
            _ = try project.importCodebook(from: file)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("\(file):\(line):\(column): error: "), "\(error.description)")
            #expect(error.description.contains(message), "\(error.description)")
        }
        #expect(try project.codebook().codes.isEmpty)
    }
}
