import Foundation
import Testing
import ThematicExchange
import ThematicModel
import ThematicParsers
import ThematicTestSupport

/// Writing Thematic transcript XML, validating it, and reading it back.
@Suite("Thematic transcript XML: write, validate, read back")
struct TranscriptXMLTests {
    static let repository = TestPaths.repository
    static let external = TestPaths.external
    static let schemaFile = repository.appendingPathComponent("Schemas/thematic-transcript.xsd")

    static let realFiles = ["tei/exmaralda_demo_Beckhams.iso-tei.xml", "tei/ParlaMint-SI_2022-04-06-SDZ8-Izredna-99.xml",
                            "tei/teicorpo_short_from_chat.tei_corpo.xml", "elan/speach_test.eaf", "elan/DOC_FR_2020_CHOIX_5.eaf",
                            "transcriber/ESLO1_ENT_001_C.trs", "transcriber/DOC_FR_2020_DEBAT_9.trs", "exmaralda/AnneWill.exb",
                            "exmaralda/ExmaraldaR_Example_multi.exb"]

    /// A transcript with what source locations and origin cannot keep across formats set aside.
    static func comparable(_ transcript: Transcript) -> Transcript {
        var copy = transcript
        copy.origin = TranscriptOrigin(format: .thematicXML, fileName: "", sha256: "")
        for index in copy.utterances.indices { copy.utterances[index].location = SourceLocation(file: "", line: 1) }
        for index in copy.annotations.indices { copy.annotations[index].location = nil }
        return copy
    }

    @Test("a transcript read from a real file writes, validates, and reads back the same", arguments: realFiles)
    func roundTrip(_ file: String) throws {
        let original = try TranscriptReader().read(contentsOf: TranscriptXMLTests.external.appendingPathComponent(file).path).transcript
        let xml = try TranscriptXMLWriter.data(original)
        let schema = try Data(contentsOf: TranscriptXMLTests.schemaFile)
        let violations = try XMLSchemaValidator.validate(xml, file: "out.xml", schema: schema, schemaFile: "thematic-transcript.xsd")
        #expect(violations.isEmpty, "\(violations)")
        let reread = try TranscriptReader().read(ParserInput(file: "out.xml", bytes: xml)).transcript
        #expect(reread.origin.format == .thematicXML)
        #expect(TranscriptXMLTests.comparable(reread) == TranscriptXMLTests.comparable(original))
        // Writing again gives the same bytes.
        #expect(try TranscriptXMLWriter.data(reread) == xml)
    }

    @Test("the built-in schema is the one in Schemas/")
    func builtInSchema() throws {
        #expect(ThematicTranscriptSchema.xsd == String(decoding: try Data(contentsOf: TranscriptXMLTests.schemaFile), as: UTF8.self))
    }

    @Test("each violation is reported as file:line:column")
    func violations() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <transcript xmlns="urn:thematic:transcript:1" id="P01">
              <title>Interview</title>
              <speakers>
                <speaker id="I" role="boss"/>
              </speakers>
              <utterances>
                <u speaker="I" start="-1">Hello</u>
                <u speaker="X">Who?</u>
              </utterances>
            </transcript>
            """
        let violations = try XMLSchemaValidator.validate(Data(xml.utf8), file: "bad.xml", schema: Data(ThematicTranscriptSchema.xsd.utf8),
                                                         schemaFile: "thematic-transcript.xsd")
        #expect(violations.count == 3, "\(violations)")
        #expect(violations.map { $0.location?.description } == ["bad.xml:5:5", "bad.xml:8:5", "bad.xml:9:5"])
        #expect(violations[0].description.hasPrefix("bad.xml:5:5: error: "))
        #expect(violations[0].message.contains("boss"))
    }

    @Test("the real .eaf files validate against the EAFv*.xsd beside them",
          arguments: ["DOC_FR_2020_CHOIX_5.eaf": "EAFv3.0.xsd", "essai-orig_minimal.eaf": "EAFv3.0.xsd",
                      "short_from_chat_v2.8.eaf": "EAFv2.8.xsd", "speach_test.eaf": "EAFv3.0.xsd"])
    func elanFilesValidate(_ file: String, _ schema: String) throws {
        let folder = TranscriptXMLTests.external.appendingPathComponent("elan")
        let violations = try XMLSchemaValidator.validate(fileAt: folder.appendingPathComponent(file).path,
                                                         schemaAt: folder.appendingPathComponent(schema).path)
        #expect(violations.isEmpty, "\(violations)")
    }

    @Test("a broken document is an error with its place, not a list of violations")
    func brokenDocument() {
        #expect(throws: ExchangeError.self) {
            try XMLSchemaValidator.validate(Data("<transcript>\n<title>".utf8), file: "cut.xml", schema: Data(ThematicTranscriptSchema.xsd.utf8),
                                            schemaFile: "thematic-transcript.xsd")
        }
    }

    @Test("inline codings keep their words in the text and become coding annotations")
    func inlineCodings() throws {
        let xml = """
            <transcript xmlns="urn:thematic:transcript:1" id="P02"><title>T</title><speakers><speaker id="P" role="participant"/></speakers>
            <utterances><u speaker="P" start="1.5" end="3.25">I felt <code ref="trust">safe with her</code> there.</u></utterances></transcript>
            """
        let violations = try XMLSchemaValidator.validate(Data(xml.utf8), file: "c.xml", schema: Data(ThematicTranscriptSchema.xsd.utf8),
                                                         schemaFile: "thematic-transcript.xsd")
        #expect(violations.isEmpty)
        let transcript = try TranscriptReader().read(ParserInput(file: "c.xml", bytes: Data(xml.utf8))).transcript
        #expect(transcript.text == "P: I felt safe with her there.\n")
        #expect(transcript.utterances[0].start == Timecode(milliseconds: 1500))
        #expect(transcript.utterances[0].end == Timecode(milliseconds: 3250))
        #expect(transcript.annotations.map(\.kind) == ["coding"])
        #expect(transcript.annotations.map(\.text) == ["trust"])
    }
}
