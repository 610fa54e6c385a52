import Foundation
import Testing
import ThematicExchange
import ThematicModel
import ThematicTestSupport

/// Every real REFI-QDA file in `../shared/testdata/external/refi_qda/`, read in place.
@Suite("REFI-QDA: the vendors' real files")
struct REFIRealFileTests {
    static func path(_ name: String) -> String { TestPaths.external("refi_qda/\(name)") }

    static func document(_ name: String) throws -> REFIDocument {
        let data = try Data(contentsOf: URL(fileURLWithPath: path(name)))
        return try REFIReader(file: name).read(data)
    }

    @Test("ATLAS.ti 23.4 codebook: namespace 1.0 with a 0:4 schemaLocation, a set with guid= members")
    func atlasCodebook() throws {
        let document = try Self.document("atlasti_23.4_win_codebook.qdc")
        #expect(document.kind == .codebook)
        #expect(document.dialect == .atlasti)
        #expect(document.codes.map(\.name) == ["code1"])
        #expect(document.codes[0].color == "#46AA00")
        #expect(document.codes[0].description == "description")
        #expect(document.sets.count == 1)
        #expect(document.sets[0].name == "code group 1")
        #expect(document.sets[0].memberCodes == [document.codes[0].guid])
    }

    @Test("the truncated ATLAS.ti codebook (codebook:0:4 namespace, Czech) is refused at its line and column")
    func truncated() throws {
        let error = #expect(throws: ExchangeError.self) { try Self.document("atlasti_23.4_win_codebook_truncated_czech.qdc") }
        guard case .malformed(let message, let location)? = error else { Issue.record("not malformed: \(String(describing: error))"); return }
        #expect(location.file == "atlasti_23.4_win_codebook_truncated_czech.qdc")
        // The file ends inside `<Code ` on line 17 and a newline: libxml2 finds the end of the data at 18:1.
        #expect(location.line == 18)
        #expect(location.column == 1)
        #expect(message.contains("not well-formed"))
        #expect(message.contains("Start Tag Code line 17"))
    }

    @Test("ATLAS.ti 23.2 blank and target projects (CRLF, no final newline)")
    func atlasProjects() throws {
        let blank = try Self.document("atlasti_23.2_win_blank_project.qde")
        #expect(blank.kind == .project)
        #expect(blank.users.map(\.name) == ["Enric Llagostera", "ATLAS.ti"])
        #expect(blank.codes.isEmpty)
        let target = try Self.document("atlasti_23.2_win_target_project.qde")
        #expect(target.flattenedCodes().map { $0.path.joined(separator: "/") }
                == ["Commits", "Commits/2022-05-10T02:05:59Z 19e4dce", "Commits/2022-02-11T10:39:25Z cdbfd92"])
    }

    @Test("ATLAS.ti 8.4 standard project: A::B names, sets, notes, media sources skipped")
    func atlasStandardProject() throws {
        let document = try Self.document("atlasti_8.4_standard_project.qde")
        #expect(document.dialect == .atlasti)
        #expect(document.users.count == 3)
        #expect(document.flattenedCodes().count == 14)
        #expect(document.codes.contains { $0.name == "Coke::diet Coke" })
        #expect(document.sources.count == 6)
        #expect(document.sources.flatMap(\.selections).count == 6)
        #expect(document.sources.flatMap(\.selections).flatMap(\.codings).count == 7)
        #expect(document.sources.allSatisfy { $0.text == nil })
        #expect(document.sets.count == 16)
        #expect(document.sets.filter { !$0.memberCodes.isEmpty }.map(\.name) == ["Feelings", "negative feelings", "Breakfast food", "positive feelings"])
        #expect(document.notes.map(\.name) == ["Research Plan", "My favorite Coke ad"])
        // One picture, two PDF, one audio and two video sources, links and graphs are not taken.
        #expect(document.skipped.filter { $0.contains("only text sources") }.count == 6)
        #expect(document.skipped.contains { $0.contains("<Graphs>") })
    }

    @Test("NVivo for Mac 15: one line, lower-case guids, 262 nested codes, users with ids")
    func nvivoProject() throws {
        let document = try Self.document("nvivo_mac_15_qdpx/project.qde")
        #expect(document.dialect == .nvivo)
        #expect(document.flattenedCodes().count == 262)
        #expect(document.codes.count == 3)
        #expect(document.users.map(\.id) == ["CP", "C"])
        #expect(document.sources.count == 2)
        #expect(document.sources.allSatisfy { $0.plainTextPath?.hasPrefix("internal://") == true })
    }

    @Test("qc 1.3.2: no XML declaration, one line, 158 selections with 205 codings")
    func qcProject() throws {
        let document = try Self.document("qc_demo_qdpx/project.qde")
        #expect(document.dialect == .spec)
        #expect(document.flattenedCodes().count == 262)
        #expect(document.sources.flatMap(\.selections).count == 158)
        #expect(document.sources.flatMap(\.selections).flatMap(\.codings).count == 205)
        #expect(document.users.map(\.name) == ["cp"])
    }

    @Test("the .qdpx archives: project.qde and sources/*.txt read in memory")
    func archives() throws {
        let qc = try QDPXArchive.read(Self.path("qc_demo_qdpx/demo.qdpx"))
        #expect(qc.projectEntry == "project.qde")
        #expect(qc.projectDocument == (try Data(contentsOf: URL(fileURLWithPath: Self.path("qc_demo_qdpx/project.qde")))))
        #expect(Set(qc.texts.keys) == ["admin-1.txt", "board_2017.txt"])
        #expect(qc.texts["admin-1.txt"] == (try Data(contentsOf: URL(fileURLWithPath: Self.path("qc_demo_qdpx/sources/admin-1.txt")))))
        let nvivo = try QDPXArchive.read(Self.path("nvivo_mac_15_qdpx/nvivo_project.qdpx"))
        #expect(nvivo.texts.count == 2)
        #expect(nvivo.texts.values.allSatisfy { $0 == Data("\n".utf8) })
    }

    @Test("the repaired Codebook.xsd validates ATLAS.ti's real .qdc; Project.xsd the vendors' projects")
    func vendorsAgainstSchemas() throws {
        let codebook = try Data(contentsOf: URL(fileURLWithPath: Self.path("atlasti_23.4_win_codebook.qdc")))
        #expect(try XMLSchemaValidator.validate(codebook, file: "c.qdc", schema: Data(REFISchemas.codebook.utf8), schemaFile: "Codebook.xsd").isEmpty)
        for name in ["atlasti_23.2_win_target_project.qde", "nvivo_mac_15_qdpx/project.qde", "qc_demo_qdpx/project.qde"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: Self.path(name)))
            let violations = try XMLSchemaValidator.validate(data, file: name, schema: Data(REFISchemas.project.utf8), schemaFile: "Project.xsd")
            #expect(violations.isEmpty, "\(name): \(violations)")
        }
    }

    @Test("the schemas built in are the files shipped in Schemas/refi-qda")
    func schemasShipped() throws {
        let folder = TestPaths.repository.appendingPathComponent("Schemas/refi-qda")
        #expect(try String(contentsOf: folder.appendingPathComponent("Codebook.xsd"), encoding: .utf8) == REFISchemas.codebook)
        #expect(try String(contentsOf: folder.appendingPathComponent("Project.xsd"), encoding: .utf8) == REFISchemas.project)
    }

    @Test("the copy-pasted PDF schema is refused as a schema")
    func brokenSchema() throws {
        let broken = try Data(contentsOf: URL(fileURLWithPath: Self.path("Codebook_malformed_pdf_copy.xsd")))
        let codebook = try Data(contentsOf: URL(fileURLWithPath: Self.path("atlasti_23.4_win_codebook.qdc")))
        #expect(throws: ExchangeError.self) {
            try XMLSchemaValidator.validate(codebook, file: "c.qdc", schema: broken, schemaFile: "Codebook_malformed_pdf_copy.xsd")
        }
    }
}
