import Foundation
import Testing
import Thematic
import ThematicTestSupport

/// Export → import → export on the bundled example study plus a transcript with emoji and CRLF.
@Suite("REFI-QDA round trip")
struct REFIRoundTripTests {
    /// The example study, auto-coded, with a hand coding on emoji, memos of every kind and cases.
    static func studyProject(in folder: TemporaryFolder) throws -> Project {
        let project = try Project.create(at: folder.path("study.thematic"), name: "Alliance", actor: "anna")
        let transcripts = (1...6).map { TestPaths.exampleTranscript(String(format: "P%02d", $0)) }
        let extra = try folder.write("E01.txt", text: "Interviewer: Hi 🙏🏽, how are you?\r\nE01: Bien, merci 👍 — I trust her.\r\n")
        _ = try project.ingest(transcripts + [extra])
        _ = try project.importCodebook(from: TestPaths.example.appendingPathComponent("codebook.yaml").path)
        _ = try project.importCases(from: TestPaths.example.appendingPathComponent("cases.csv").path)
        _ = try project.autocode(rules: try Project.readRules(from: TestPaths.example.appendingPathComponent("rules.yaml").path))
        _ = try project.code("E01:2", with: ["alliance/bond/trust"], memo: "emoji then trust")
        _ = try project.addMemo(about: .project, text: "Project memo\nsecond line")
        _ = try project.addMemo(about: .code(id: "alliance/bond/trust"), text: "Trust is central")
        _ = try project.addMemo(about: .source(id: "E01"), text: "Short interview")
        return project
    }

    /// The project document without its creation time (the only thing that may change).
    static func qde(_ path: String) throws -> String {
        let text = String(decoding: try QDPXArchive.read(path).projectDocument, as: UTF8.self)
        guard let start = text.range(of: "<Project "), let end = text[start.upperBound...].firstIndex(of: ">") else { return text }
        let tag = String(text[start.lowerBound..<end])
            .replacingOccurrences(of: #" creationDateTime="[^"]*""#, with: "", options: .regularExpression)
        return text.replacingCharacters(in: start.lowerBound..<end, with: tag)
    }

    @Test("export → import into an empty project → export gives the same document and texts", arguments: REFIDialect.allCases)
    func roundTrip(dialect: REFIDialect) throws {
        let folder = TemporaryFolder()
        let project = try Self.studyProject(in: folder)
        let first = folder.path("first.qdpx")
        let report = try project.exportREFIProject(to: first, dialect: dialect)
        #expect(report.sources == 7)
        #expect(report.codings == (try project.codings().count))
        #expect(report.memos == 3)
        #expect(report.cases == 6)
        #expect(report.warnings.contains { $0.contains("audit trail") })

        let copy = try Project.create(at: folder.path("copy.thematic"), name: "Alliance", actor: "bo")
        let imported = try copy.importREFI(from: first)
        #expect(imported.dialect == dialect.rawValue)
        #expect(imported.codings == report.codings)
        let second = folder.path("second.qdpx")
        _ = try copy.exportREFIProject(to: second, dialect: dialect)
        let a = try Self.qde(first), b = try Self.qde(second)
        #expect(a == b)
        #expect(try QDPXArchive.read(first).texts == (try QDPXArchive.read(second).texts))

        // Every coding is on the same characters, by the same coder, with the same code name.
        let names = Dictionary(uniqueKeysWithValues: try project.codebook().codes.map { ($0.id, $0.name) })
        let copiedNames = Dictionary(uniqueKeysWithValues: try copy.codebook().codes.map { ($0.id, $0.name) })
        let copied = Dictionary(uniqueKeysWithValues: try copy.codings().map { ($0.id, $0) })
        for coding in try project.codings() {
            let other = try #require(copied[coding.id])
            let text = TextIndex(try project.transcript(id: coding.sourceID).text).slice(coding.span)
            #expect(TextIndex(try copy.transcript(id: other.sourceID).text).slice(other.span) == text)
            #expect(other.coderID == coding.coderID)
            #expect(copiedNames[other.codeID] == names[coding.codeID])
        }
        // Three memo notes, plus a coding's own memo (`memos()` lists it with the coding).
        #expect(try project.memos().count == 4)
        #expect(try copy.memos().map(\.text).sorted() == (try project.memos().map(\.text).sorted()))
        #expect(try copy.cases().map(\.id) == (try project.cases().map(\.id)))
        #expect(try copy.cases().first?.attributes == (try project.cases().first?.attributes))
        #expect(try copy.codebook().themes.map(\.name) == (try project.codebook().themes.map(\.name)))
    }

    @Test("importing our own export back into the project merges: nothing new, codes keep their ids")
    func mergeIntoSelf() throws {
        let folder = TemporaryFolder()
        let project = try Self.studyProject(in: folder)
        let path = folder.path("study.qdpx")
        _ = try project.exportREFIProject(to: path)
        let events = try project.events().count
        let codebook = try project.codebook()
        let report = try project.importREFI(from: path)
        #expect(report.codesAdded.isEmpty)
        #expect(report.sourcesAdded.isEmpty)
        #expect(report.codings == 0)
        #expect(report.memos == 0)
        #expect(try project.codebook().codes.map(\.id) == codebook.codes.map(\.id))
        // Cases are written again (the file wins), which is the only change.
        #expect(try project.events().count <= events + 1)
    }

    @Test("NVivo dialect writes UTF-16 positions: after the emoji they are larger than code points")
    func nvivoPositions() throws {
        let folder = TemporaryFolder()
        let project = try Self.studyProject(in: folder)
        let spec = folder.path("spec.qdpx"), nvivo = folder.path("nvivo.qdpx")
        _ = try project.exportREFIProject(to: spec)
        _ = try project.exportREFIProject(to: nvivo, dialect: .nvivo)
        let read = { (path: String) throws -> REFIDocument in try REFIReader(file: path).read(try QDPXArchive.read(path).projectDocument) }
        let specSelection = try #require(try read(spec).sources.first { $0.name == "E01" }?.selections.last)
        let nvivoSelection = try #require(try read(nvivo).sources.first { $0.name == "E01" }?.selections.last)
        // Line 2 starts after "Interviewer: Hi 🙏🏽, how are you?\n": the emoji is 2 scalars, 4 UTF-16 units.
        #expect(nvivoSelection.start == specSelection.start + 2)
        #expect(try read(nvivo).origin.contains("NVivo"))
    }

    @Test("codebook documents: qdc validates, yaml and csv import back unchanged, md has counts")
    func codebookDocuments() throws {
        let folder = TemporaryFolder()
        let project = try Self.studyProject(in: folder)
        let (qdc, warnings) = try project.codebookDocument(.qdc)
        #expect(String(decoding: qdc, as: UTF8.self).contains("urn:QDA-XML:codebook:1.0"))
        #expect(warnings.contains { $0.contains("codes and themes only") })
        let codebook = try project.codebook()
        for format in [CodebookDocumentFormat.yaml, .csv] {
            let path = folder.path("codebook.\(format.rawValue)")
            try project.codebookDocument(format).data.write(to: URL(fileURLWithPath: path))
            let fresh = try Project.create(at: folder.path("fresh-\(format.rawValue).thematic"), actor: "anna")
            _ = try fresh.importCodebook(from: path)
            #expect(try fresh.codebook().codes == codebook.codes, "\(format)")
            // And into the project it came from: nothing changes.
            #expect(try project.importCodebook(from: path).isEmpty, "\(format)")
        }
        let markdown = String(decoding: try project.codebookDocument(.md).data, as: UTF8.self)
        let trust = try #require(codebook.code(id: "alliance/bond/trust"))
        let count = try project.codings().filter { $0.codeID == trust.id }.count
        let sources = Set(try project.codings().filter { $0.codeID == trust.id }.map(\.sourceID)).count
        #expect(markdown.contains("**Code:** `alliance/bond/trust` · **Counts:** \(count) codings in \(sources) sources"))
        #expect(markdown.contains("**When not to use:**"))
    }
}
