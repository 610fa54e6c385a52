import Foundation
import Testing
import ThematicModel
import ZIPFoundation
@testable import ThematicParsers

@Suite("Word .docx parser")
struct DocxParserTests {
    /// A minimal .docx holding `body` as the content of `<w:body>`, made in memory.
    static func docx(_ body: String) throws -> Data {
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
            """
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in [("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
                             ("word/document.xml", document)] {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { (position: Int64, size: Int) in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    static func paragraph(_ runs: String...) -> String {
        "<w:p>" + runs.map { "<w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r>" }.joined() + "</w:p>"
    }

    static func row(_ cells: String...) -> String {
        "<w:tr>" + cells.map { "<w:tc>\(paragraph($0))</w:tc>" }.joined() + "</w:tr>"
    }

    static func parse(_ body: String) throws -> ParseResult {
        try TranscriptReader().read(ParserInput(file: "interview.docx", bytes: try docx(body)))
    }

    @Test("paragraphs follow the plain-text turn rules, runs joined, continuation paragraphs appended")
    func paragraphs() throws {
        let result = try DocxParserTests.parse(
            DocxParserTests.paragraph("Interview with P07") + DocxParserTests.paragraph("[00:00:05] Interviewer: ", "How did ", "it start?")
            + DocxParserTests.paragraph("[00:00:09] P07: Slowly.") + DocxParserTests.paragraph("Then all at once.")
            + "<w:p><w:r><w:t>Interviewer:</w:t><w:tab/><w:t>Thanks</w:t><w:br/><w:t>again.</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>")
        let transcript = result.transcript
        #expect(transcript.origin.format == .docx)
        #expect(transcript.text == "Interviewer: How did it start?\nP07: Slowly. Then all at once.\nInterviewer: Thanks again.\n")
        #expect(transcript.speakers.map(\.role) == [.interviewer, .participant])
        #expect(transcript.utterances.map { $0.start?.milliseconds } == [5000, 9000, nil])
        #expect(transcript.utterances[0].end?.milliseconds == 9000)
        #expect(result.warnings.count == 1)
    }

    @Test("tables: speaker | text | time, with a heading row skipped", arguments: [false, true])
    func tables(timeFirst: Bool) throws {
        func row(_ speaker: String, _ text: String, _ time: String) -> String {
            timeFirst ? DocxParserTests.row(time, speaker, text) : DocxParserTests.row(speaker, text, time)
        }
        let table = "<w:tbl>" + row("Speaker", "Text", "Time") + row("Interviewer", "Where were you?", "00:01:02")
            + row("Maria:", "At home.", "[00:01:05.5]") + row("", "With my sister.", "") + "</w:tbl>"
        let transcript = try DocxParserTests.parse(table).transcript
        #expect(transcript.text == "Interviewer: Where were you?\nMaria: At home. With my sister.\n")
        #expect(transcript.utterances.map { $0.start?.milliseconds } == [62000, 65500])
    }

    @Test("two-column tables: speaker | text")
    func twoColumns() throws {
        let table = "<w:tbl>" + DocxParserTests.row("I", "Tell me more.") + DocxParserTests.row("R", "Well.") + "</w:tbl>"
        #expect(try DocxParserTests.parse(table).transcript.text == "I: Tell me more.\nR: Well.\n")
    }

    @Test("a ZIP without word/document.xml, and bytes that are no ZIP, are clear errors")
    func notADocument() throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        try archive.addEntry(with: "x.txt", type: .file, uncompressedSize: Int64(1)) { (_: Int64, _: Int) in Data("x".utf8) }
        #expect(throws: ParseError.self) { try DocxParser().parse(ParserInput(file: "a.docx", bytes: try #require(archive.data)), options: ParserOptions()) }
        #expect(throws: ParseError.self) { try DocxParser().parse(ParserInput(file: "b.docx", bytes: Data("PK\u{3}\u{4}junk".utf8)), options: ParserOptions()) }
    }
}
