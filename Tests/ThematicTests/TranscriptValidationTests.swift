import Foundation
import Testing
import ThematicTestSupport
@testable import Thematic

/// `thematic parse --validate`: which schema is used, and how violations come back.
@Suite("Transcript validation (front door)")
struct TranscriptValidationTests {
    static let external = TestPaths.external

    @Test("an .eaf naming an EAF schema by URL is validated against the XSD of that name beside it")
    func elanSchemaBeside() throws {
        let file = TranscriptValidationTests.external.appendingPathComponent("elan/short_from_chat_v2.8.eaf").path
        let validation = try TranscriptFile.validate(file)
        #expect(validation.schema.hasSuffix("elan/EAFv2.8.xsd"))
        #expect(validation.violations.isEmpty)
    }

    @Test("Thematic transcript XML uses the built-in schema; violations carry file:line:column")
    func builtIn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thematic-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("t.xml")
        try Data("""
            <transcript xmlns="urn:thematic:transcript:1" id="T1">
              <title>x</title><speakers/><utterances>
                <u speaker="A">hi</u></utterances></transcript>
            """.utf8).write(to: file)
        let validation = try TranscriptFile.validate(file.path)
        #expect(validation.schema == "built-in thematic-transcript.xsd")
        #expect(validation.violations.map { $0.location?.description } == ["\(file.path):3:5"])
    }

    @Test("a file naming no schema, with none given, is a request error; a missing file is a parse error")
    func noSchema() {
        let tei = TranscriptValidationTests.external.appendingPathComponent("tei/teicorpo_short_from_chat.tei_corpo.xml").path
        #expect(throws: ThematicError.self) { try TranscriptFile.validate(tei) }
        #expect(throws: ThematicError.self) { try TranscriptFile.validate("/no/such/file.eaf") }
    }

    @Test("a schema given explicitly is used")
    func explicitSchema() throws {
        let tei = TranscriptValidationTests.external.appendingPathComponent("tei/exmaralda_demo_Beckhams.iso-tei.xml").path
        let schema = TranscriptValidationTests.external.appendingPathComponent("elan/EAFv3.0.xsd").path
        let validation = try TranscriptFile.validate(tei, schema: schema)
        #expect(validation.schema == schema)
        #expect(!validation.violations.isEmpty)
    }
}
