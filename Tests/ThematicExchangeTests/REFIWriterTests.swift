import Foundation
import Testing
import ThematicExchange
import ThematicModel

@Suite("REFI-QDA writer: schema-valid documents that read back the same")
struct REFIWriterTests {
    static let coder = UUID(uuidString: "0C4F3E52-1111-4222-8333-444455556666")!
    static let trust = UUID(uuidString: "1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294")!

    static func project() -> REFIDocument {
        var document = REFIDocument(kind: .project, name: "Study & <friends>", origin: "Thematic test", dialect: .spec)
        document.creatingUserGUID = coder
        document.users = [.init(guid: coder, name: "Anna Ω")]
        document.codes = [.init(guid: UUID(), name: "Alliance", isCodable: false, description: "Working alliance",
                                children: [.init(guid: trust, name: "Trust \"quoted\"", color: "#4e79a7",
                                                 description: "Reliance.\n\nWhen to use: says they trust")])]
        document.sets = [.init(guid: UUID(), name: "The alliance as lived", description: "A theme", memberCodes: [trust])]
        let variable = UUID()
        document.variables = [.init(guid: variable, name: "wai_score", kind: .integer)]
        let source = UUID()
        document.cases = [.init(guid: UUID(), name: "P01", values: [.init(variable: variable, value: "58")], sourceRefs: [source])]
        let note = UUID()
        document.sources = [.init(guid: source, name: "P01", plainTextPath: "internal://\(source.uuidString).txt",
                                  selections: [.init(guid: UUID(), name: "I trust her 🙏🏽", start: 3, end: 17, description: "memo",
                                                     creatingUser: coder, creationDateTime: Date(timeIntervalSince1970: 1_700_000_000),
                                                     codings: [.init(guid: UUID(), code: trust, creatingUser: coder,
                                                                     creationDateTime: Date(timeIntervalSince1970: 1_700_000_000),
                                                                     noteRefs: [note])])],
                                  noteRefs: [])]
        document.notes = [.init(guid: note, name: "first", text: "a memo\nwith lines & <tags>", creatingUser: coder,
                                creationDateTime: Date(timeIntervalSince1970: 1_700_000_000))]
        return document
    }

    @Test("a project validates against Project.xsd and reads back equal")
    func projectRoundTrip() throws {
        let document = Self.project()
        let data = try REFIXMLWriter.data(document)
        #expect(try XMLSchemaValidator.validate(data, file: "project.qde", schema: Data(REFISchemas.project.utf8), schemaFile: "Project.xsd").isEmpty)
        var read = try REFIReader(file: "project.qde").read(data)
        #expect(read.codes[0].children[0].line > 1)
        // Lines are where the reader found things; the rest must be equal.
        read.codes[0].line = 0
        read.codes[0].children[0].line = 0
        read.sources[0].line = 0
        read.sources[0].selections[0].line = 0
        #expect(read == document)
    }

    @Test("a codebook validates against Codebook.xsd, members written guid=")
    func codebook() throws {
        var document = Self.project()
        document.kind = .codebook
        let data = try REFIXMLWriter.data(document)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\""))
        #expect(text.contains("<MemberCode guid=\"\(Self.trust.uuidString.lowercased())\"/>"))
        #expect(try XMLSchemaValidator.validate(data, file: "c.qdc", schema: Data(REFISchemas.codebook.utf8), schemaFile: "Codebook.xsd").isEmpty)
        let read = try REFIReader(file: "c.qdc").read(data)
        #expect(read.sets == document.sets)
        #expect(read.flattenedCodes().map(\.code.name) == ["Alliance", "Trust \"quoted\""])
    }

    @Test("a document that breaks the schema is caught by the validator (a bad colour)")
    func invalidCaught() throws {
        var document = Self.project()
        document.codes[0].color = "blue"
        let data = try REFIXMLWriter.data(document)
        let violations = try XMLSchemaValidator.validate(data, file: "project.qde", schema: Data(REFISchemas.project.utf8), schemaFile: "Project.xsd")
        #expect(violations.count == 1)
        #expect(violations.first?.description.contains("project.qde:") == true)
    }

    @Test("a code's description carries definition, criteria and examples, and reads back", arguments: [
        Code(id: "a", name: "A", definition: "Reliance on the therapist.\nSecond line.", inclusion: "says trust",
             exclusion: "trust in method", typicalExample: "\"I trust her\"", atypicalExample: "silence", memo: "check P05"),
        Code(id: "b", name: "B"),
        Code(id: "c", name: "C", exclusion: "only this"),
    ])
    func descriptions(code: Code) {
        let text = CodeDescription.compose(code)
        var read = Code(id: code.id, guid: code.guid, name: code.name)
        CodeDescription.parse(text, into: &read)
        #expect(read == code)
    }

    @Test("MAXQDA-style labelled descriptions fill the fields")
    func maxqdaDescription() {
        var code = Code(id: "x", name: "X")
        CodeDescription.parse("Description: Talk about trust.\r\nIndication: any mention\r\nContraindication: none\r\nExample: \"I trust her\"", into: &code)
        #expect(code.definition == "Talk about trust.")
        #expect(code.inclusion == "any mention")
        #expect(code.exclusion == "none")
        #expect(code.typicalExample == "\"I trust her\"")
    }
}
