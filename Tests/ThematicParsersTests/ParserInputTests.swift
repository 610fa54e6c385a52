import Foundation
import Testing
import ThematicModel
@testable import ThematicParsers
import ThematicTestSupport

@Suite("Reading input from disk a chunk at a time")
struct ParserInputTests {
    /// A TEI document of about 1.5 MB: utterances cross several 256 KB chunk boundaries.
    static func largeTEI(utterances: Int) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>\n"
        for number in 1...utterances {
            let speaker = number % 2 == 0 ? "IV" : "P01"
            xml += "<u who=\"#\(speaker)\">Zoë said 🙂 \(number) — \(String(repeating: "trust ", count: 20))</u>\n"
        }
        return xml + "</body></text></TEI>\n"
    }

    @Test("a file on disk reads as the same bytes, head, chunks and SHA-256 as in memory")
    func diskMatchesMemory() throws {
        let folder = TemporaryFolder()
        let text = Self.largeTEI(utterances: 10_000)
        let path = try folder.write("big.xml", text: text)
        let disk = try ParserInput(contentsOf: path)
        let memory = ParserInput(file: path, bytes: Data(text.utf8))
        #expect(disk.byteCount == memory.byteCount)
        #expect(try disk.head(100) == memory.head(100))
        var chunks = 0
        var joined = Data()
        try disk.forEachChunk(size: 256 * 1024) { chunk throws(ParseError) in
            chunks += 1
            joined.append(chunk)
        }
        #expect(chunks == (disk.byteCount + 256 * 1024 - 1) / (256 * 1024))
        #expect(joined == Data(text.utf8))
        #expect(try TranscriptReader.sha256(of: disk) == TranscriptReader.sha256(of: memory))
    }

    @Test("utterance locations stay exact across chunk boundaries")
    func locationsAcrossChunks() throws {
        let folder = TemporaryFolder()
        let count = 10_000
        let path = try folder.write("big.xml", text: Self.largeTEI(utterances: count))
        let transcript = try TranscriptReader().read(contentsOf: path).transcript
        #expect(transcript.utterances.count == count)
        // Utterance n is written on line n + 2, starting in column 1.
        for index in stride(from: 0, to: count, by: 997) {
            #expect(transcript.utterances[index].location.line == index + 3)
            #expect(transcript.utterances[index].location.column == 1)
        }
        let index = TextIndex(transcript.text)
        #expect(String(index.slice(transcript.utterances[count - 1].span)).hasPrefix("Zoë said 🙂 \(count) — trust"))
    }

    @Test("missing files, folders and empty files are refused before anything is read")
    func refusals() throws {
        let folder = TemporaryFolder()
        #expect(throws: ParseError.fileNotFound(path: folder.path("none.xml"))) { try ParserInput(contentsOf: folder.path("none.xml")) }
        #expect(throws: ParseError.isDirectory(path: folder.url.path)) { try ParserInput(contentsOf: folder.url.path) }
        let empty = try folder.write("empty.xml", [UInt8]())
        #expect(throws: ParseError.empty(path: empty)) { try TranscriptReader().read(contentsOf: empty) }
    }
}
