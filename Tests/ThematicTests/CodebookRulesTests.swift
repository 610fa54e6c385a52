import Foundation
import Testing
import Thematic

/// Auto-coding rules kept on the codes of a codebook (`autocode:`).
@Suite("Rules in the codebook")
struct CodebookRulesTests {
    static let codebook = """
        version: 1
        name: Small
        codes:
          - id: alliance
            name: Alliance
            codable: false
            children:
              - id: trust
                name: Trust
                autocode:
                  keywords: [trust*]
                  roles: [participant]
                  unit: match
          - id: context
            name: Context
            autocode:
              patterns: ['waiting[- ]lists?']
              unit: utterance
        """

    @Test func importRenameAndApply() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thematic-rules-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.codebook.write(toFile: folder + "/codebook.yaml", atomically: true, encoding: .utf8)
        try "Interviewer: Did you trust her?\nP01: I trusted her. The waiting list was long.\n"
            .write(toFile: folder + "/P01.txt", atomically: true, encoding: .utf8)
        let project = try Project.create(at: folder + "/s.thematic", actor: "anna")
        _ = try project.ingest([folder + "/P01.txt"])
        _ = try project.importCodebook(from: folder + "/codebook.yaml")
        #expect(try project.codebook().rules.map(\.id) == ["alliance/trust", "context"])

        _ = try project.renameCode("alliance/trust", to: "confidence")
        let rules = try project.codebook().rules
        #expect(rules.map(\.id) == ["alliance/confidence", "context"])
        #expect(rules[0].codeID == "alliance/confidence")
        let yaml = try codebookYAML(try project.codebook())
        #expect(yaml.contains("autocode:\n"))
        #expect(yaml.contains("keywords: [trust*]"))

        let report = try project.autocode(rules: rules)
        #expect(report.hits.map(\.text) == ["I trusted her. The waiting list was long.", "trusted"])
        #expect(Set(try project.codings().map(\.coderID)) == ["auto:alliance/confidence", "auto:context"])
        _ = try project.deleteCode("context", force: true)
        #expect(try project.codebook().rules.map(\.id) == ["alliance/confidence"])
    }
}
