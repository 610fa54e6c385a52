import Foundation
import Testing
import Thematic
import ThematicTestSupport

/// Importing what the vendors write: the real files of `../shared/testdata/external/refi_qda/`,
/// and vendor-shaped archives for what no real file there shows (NVivo for Windows' BOM, CRLF and
/// capitalised `Sources/`; ATLAS.ti's inner `<name>.qde` with CRLF counted once; MAXQDA's
/// codebook-carrying descriptions), with positions counted by hand.
@Suite("REFI-QDA import: the vendors' files")
struct REFIVendorImportTests {
    static func real(_ name: String) -> String { TestPaths.external("refi_qda/\(name)") }

    /// A Windows text: BOM, CRLF, an emoji with a skin tone (2 scalars, 4 UTF-16 units), an accent.
    static let windowsText = "\u{FEFF}Interviewer: How was it?\r\nP1: Good 🙏🏽 really good.\r\nI: And the équipe?\r\n"
    static let source = "D097E6FD-7671-4D95-A8B6-7795FA4A72E1"
    static let user = "1B0B1791-BE46-4557-9957-7333544CFAF2"
    static let trust = "34653336-3766-3235-6466-363134396437"
    static let joy = "31366536-3938-3831-6231-633830313036"

    /// A project document with three selections at the given (start, end) pairs.
    static func document(origin: String, declaration: Bool, positions: [(Int, Int)], codeNames: (String, String),
                         description: String = "") -> String {
        let selections = positions.enumerated().map { index, span in
            "<PlainTextSelection guid=\"0000000\(index)-0000-4000-8000-000000000001\" startPosition=\"\(span.0)\" endPosition=\"\(span.1)\" creatingUser=\"\(user)\" creationDateTime=\"2024-09-15T15:36:47Z\">"
                + "<Coding guid=\"0000000\(index)-0000-4000-8000-000000000002\" creatingUser=\"\(user)\" creationDateTime=\"2024-09-15T15:36:47Z\"><CodeRef targetGUID=\"\(index == 1 ? joy : trust)\"/></Coding></PlainTextSelection>"
        }.joined()
        return (declaration ? "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n" : "")
            + "<Project xmlns=\"urn:QDA-XML:project:0:10\" name=\"vendor\" origin=\"\(origin)\">"
            + "<Users><User guid=\"\(user)\" name=\"Chris P\" id=\"CP\"/></Users>"
            + "<CodeBook><Codes><Code guid=\"\(trust)\" name=\"\(codeNames.0)\" isCodable=\"true\" color=\"#F00\"><Description>\(description)</Description></Code>"
            + "<Code guid=\"\(joy)\" name=\"\(codeNames.1)\" isCodable=\"true\"/></Codes></CodeBook>"
            + "<Sources><TextSource guid=\"\(source)\" name=\"Interview 1.docx\" plainTextPath=\"internal://\(source.lowercased()).txt\">"
            + selections + "</TextSource></Sources></Project>"
    }

    static func importArchive(_ entries: [ZIPFixture.Entry], dialect: REFIDialect? = nil) throws -> (Project, REFIImportReport, TemporaryFolder) {
        let folder = TemporaryFolder()
        let path = folder.path("vendor.qdpx")
        try ZIPFixture.write(entries, to: path)
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        let report = try project.importREFI(from: path, dialect: dialect)
        return (project, report, folder)
    }

    static func selectedTexts(_ project: Project) throws -> [String] {
        let codings = try project.codings()
        let text = try project.transcript(id: codings[0].sourceID).text
        let index = TextIndex(text)
        return codings.sorted { $0.span.start < $1.span.start }.map { String(index.slice($0.span)) }
    }

    @Test("NVivo for Windows: UTF-16 positions, CRLF as two, BOM text under Sources/, emoji and accents")
    func nvivoWindows() throws {
        let xml = Self.document(origin: "NVivo 14.23.0.1 (Windows)", declaration: true,
                                positions: [(13, 24), (30, 39), (65, 71)], codeNames: ("Trust", "Joy"))
        let (project, report, _) = try Self.importArchive([
            .init("project.qde", xml), .init("Sources/\(Self.source.lowercased()).txt", Self.windowsText),
        ])
        #expect(report.dialect == "nvivo")
        #expect(try Self.selectedTexts(project) == ["How was it?", "Good 🙏🏽", "équipe"])
        // The text is kept exactly, line ends and BOM aside.
        let transcript = try project.transcript(id: "Interview-1")
        #expect(transcript.text == "Interviewer: How was it?\nP1: Good 🙏🏽 really good.\nI: And the équipe?\n")
        #expect(transcript.origin.format == .refiQDA)
        #expect(try project.codings().allSatisfy { $0.coderID == "Chris P" })
        #expect(try project.codebook().code(id: "trust")?.colour == "#ff0000")
    }

    @Test("the same NVivo numbers read the standard's way would cut the emoji: --dialect is honoured")
    func dialectOverride() throws {
        let xml = Self.document(origin: "NVivo 14 (Windows)", declaration: true, positions: [(13, 24), (30, 39), (65, 71)],
                                codeNames: ("Trust", "Joy"))
        let (project, report, _) = try Self.importArchive([
            .init("project.qde", xml), .init("Sources/\(Self.source.lowercased()).txt", Self.windowsText),
        ], dialect: .spec)
        #expect(report.dialect == "spec")
        // 39 falls after the "r" of "really" counted the standard's way; 71 between the CR and LF.
        #expect(try Self.selectedTexts(project) == ["How was it?", "Good 🙏🏽 r", "uipe?\n"])
    }

    @Test("ATLAS.ti: an inner <name>.qde, one line without declaration, CRLF counted once, A::B names")
    func atlas() throws {
        let xml = Self.document(origin: "ATLAS.ti Windows 23.2", declaration: false, positions: [(37, 48), (29, 36), (61, 67)],
                                codeNames: ("Feelings::Trust", "Feelings::Joy"))
        let (project, report, _) = try Self.importArchive([
            .init("Interviews.qde", xml), .init("sources/\(Self.source).txt", Self.windowsText.replacingOccurrences(of: "\u{FEFF}", with: "")),
        ])
        #expect(report.dialect == "atlasti")
        #expect(try Self.selectedTexts(project) == ["Good 🙏🏽", "really good", "équipe"])
        let codebook = try project.codebook()
        #expect(codebook.codes.map(\.id) == ["feelings", "feelings/trust", "feelings/joy"])
        #expect(codebook.code(id: "feelings")?.isCodable == false)
    }

    @Test("MAXQDA: a description that carries the codebook fills definition, criteria and example")
    func maxqda() throws {
        let description = "Definition: Reliance on the therapist.\nIndication: says trust\nContraindication: trust in a method\nExample: I trust her"
        let xml = Self.document(origin: "MAXQDA 2022 (Release 22.7.0)", declaration: true, positions: [(13, 24)],
                                codeNames: ("Trust", "Joy"), description: description)
        let (project, report, _) = try Self.importArchive([
            .init("project.qde", xml), .init("sources/\(Self.source).txt", "Interviewer: How was it?\n"),
        ])
        #expect(report.dialect == "maxqda")
        let trust = try #require(try project.codebook().code(id: "trust"))
        #expect(trust.definition == "Reliance on the therapist.")
        #expect(trust.inclusion == "says trust")
        #expect(trust.exclusion == "trust in a method")
        #expect(trust.typicalExample == "I trust her")
        #expect(try Self.selectedTexts(project) == ["How was it?"])
    }

    @Test("a selection outside its text is refused with its place and a hint; nothing is imported")
    func outOfRange() throws {
        let xml = Self.document(origin: "qc", declaration: false, positions: [(0, 999)], codeNames: ("Trust", "Joy"))
        let folder = TemporaryFolder()
        let path = folder.path("bad.qdpx")
        try ZIPFixture.write([.init("project.qde", xml), .init("sources/\(Self.source).txt", "short")], to: path)
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        let before = try Data(contentsOf: URL(fileURLWithPath: project.path))
        let error = #expect(throws: ThematicError.self) { try project.importREFI(from: path) }
        #expect(error?.description.contains("bad.qdpx/project.qde:1") == true, "\(String(describing: error))")
        #expect(error?.description.contains("--dialect") == true)
        #expect(try project.codebook().codes.isEmpty)
        #expect(try project.events().count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: project.path)) == before)
    }

    @Test("qc 1.3.2 demo .qdpx: 262 codes, 2 sources, 205 codings on 158 selections, each on the characters meant")
    func qcDemo() throws {
        let folder = TemporaryFolder()
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        let report = try project.importREFI(from: Self.real("qc_demo_qdpx/demo.qdpx"))
        #expect(report.codesAdded.count == 262)
        #expect(report.sourcesAdded.sorted() == ["admin-1", "board_2017"])
        #expect(report.codings == 205)
        #expect(try project.codings().count == 205)
        #expect(Set(try project.codings().map { "\($0.sourceID):\($0.span.start)-\($0.span.end)" }).count == 158)
        #expect(try project.codings().allSatisfy { $0.coderID == "cp" })
        // The texts are kept byte for byte (they are LF already) …
        let admin = try String(contentsOfFile: Self.real("qc_demo_qdpx/sources/admin-1.txt"), encoding: .utf8)
        #expect(try project.transcript(id: "admin-1").text == admin)
        let board = try String(contentsOfFile: Self.real("qc_demo_qdpx/sources/board_2017.txt"), encoding: .utf8)
        #expect(try project.transcript(id: "board_2017").text == board)
        // … so every selection covers the same characters as in the vendor's file.
        let document = try REFIReader(file: "p.qde").read(Data(contentsOf: URL(fileURLWithPath: Self.real("qc_demo_qdpx/project.qde"))))
        let scalars = Array(board.unicodeScalars)
        let boardSelections = try #require(document.sources.first { $0.plainTextPath == "board_2017.txt" }).selections
        let codings = try project.codings(source: "board_2017")
        for selection in boardSelections {
            let expected = String(String.UnicodeScalarView(scalars[selection.start..<selection.end]))
            for coding in selection.codings {
                let stored = try #require(codings.first { $0.id == coding.guid })
                #expect(String(TextIndex(board).slice(stored.span)) == expected)
            }
        }
        #expect(boardSelections.count == 158)
        // Importing it again merges: nothing new, no event.
        let again = try project.importREFI(from: Self.real("qc_demo_qdpx/demo.qdpx"))
        #expect(again.codings == 0 && again.codingsAlreadyPresent == 205 && again.codesAdded.isEmpty && again.sourcesAdded.isEmpty)
        #expect(try project.events().map(\.command) == ["init", "import"])
    }

    @Test("NVivo for Mac 15 .qdpx: 262 codes, two users, two (empty) texts")
    func nvivoMac() throws {
        let folder = TemporaryFolder()
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        let report = try project.importREFI(from: Self.real("nvivo_mac_15_qdpx/nvivo_project.qdpx"))
        #expect(report.dialect == "nvivo")
        #expect(try project.codebook().codes.count == 262)
        #expect(report.coders.sorted() == ["chrisp", "cp"])
        #expect(report.sourcesAdded.count == 2)
        #expect(try project.sources().allSatisfy { $0.wordCount == 0 })
    }

    @Test("bare .qde and .qdc files import their codebooks, sets, notes; texts outside are warned about", arguments: [
        ("atlasti_8.4_standard_project.qde", 14, 4, 2),
        ("atlasti_23.2_win_target_project.qde", 3, 0, 0),
        ("atlasti_23.2_win_blank_project.qde", 0, 0, 0),
        ("atlasti_23.4_win_codebook.qdc", 1, 1, 0),
        ("nvivo_mac_15_qdpx/project.qde", 262, 0, 0),
        ("qc_demo_qdpx/project.qde", 262, 0, 0),
    ])
    func bareDocuments(name: String, codes: Int, themes: Int, memos: Int) throws {
        let folder = TemporaryFolder()
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        let report = try project.importREFI(from: Self.real(name))
        #expect(try project.codebook().codes.count == codes)
        #expect(try project.codebook().themes.count == themes)
        #expect(report.memos == memos)
        #expect(try project.codings().isEmpty)
        #expect(try project.sources().isEmpty)
    }

    @Test("ATLAS.ti 8.4: 'Coke::diet Coke' nests under the real code 'Coke', which keeps its guid")
    func atlasHierarchyNames() throws {
        let folder = TemporaryFolder()
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        let report = try project.importREFI(from: Self.real("atlasti_8.4_standard_project.qde"))
        let codebook = try project.codebook()
        #expect(codebook.code(id: "coke/diet-coke")?.name == "diet Coke")
        #expect(codebook.code(id: "coke/full-fat-coke") != nil)
        #expect(codebook.code(id: "coke")?.isCodable == true)
        #expect(codebook.children(of: nil).count == 12)
        #expect(report.warnings.contains { $0.contains("Mabel.txt") && $0.contains("1 selections are not imported") })
        #expect(codebook.themes.map(\.name) == ["Feelings", "negative feelings", "Breakfast food", "positive feelings"])
    }

    @Test("the truncated codebook is refused at file:line:column and the project file is untouched")
    func truncated() throws {
        let folder = TemporaryFolder()
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        let before = try Data(contentsOf: URL(fileURLWithPath: project.path))
        let path = Self.real("atlasti_23.4_win_codebook_truncated_czech.qdc")
        let error = #expect(throws: ThematicError.self) { try project.importREFI(from: path) }
        #expect(error?.description.hasPrefix("\(path):18:1") == true, "\(String(describing: error))")
        #expect(try Data(contentsOf: URL(fileURLWithPath: project.path)) == before)
    }
}
