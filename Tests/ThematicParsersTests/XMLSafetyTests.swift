import Foundation
import Testing
import ThematicModel
@testable import ThematicParsers

/// Hostile and broken XML: each refused or handled with a clear error, nothing read from
/// outside the file, memory bounded.
@Suite("XML safety")
struct XMLSafetyTests {
    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thematic-xml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func read(_ xml: String, file: String = "hostile.xml") -> Result<ParseResult, ParseError> {
        do throws(ParseError) {
            return .success(try TranscriptReader().read(ParserInput(file: file, bytes: Data(xml.utf8))))
        } catch {
            return .failure(error)
        }
    }

    /// Everything a parse result shows a user, as one string.
    static func everything(_ result: Result<ParseResult, ParseError>) -> String {
        switch result {
        case .success(let parsed):
            parsed.transcript.text + parsed.transcript.annotations.map(\.text).joined() + parsed.warnings.map(\.description).joined()
                + parsed.transcript.metadata.values.joined() + parsed.transcript.speakers.map(\.name).joined()
        case .failure(let error): error.description
        }
    }

    @Test("an external entity pointing at a local file is never read (TEI stream and Transcriber tree)",
          arguments: ["tei", "trs"])
    func externalEntityIsNotRead(format: String) throws {
        let folder = try XMLSafetyTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("secret.txt")
        try Data("TOP-SECRET-XXE-CONTENT".utf8).write(to: secret)
        let xml = format == "tei" ? """
            <?xml version="1.0"?>
            <!DOCTYPE TEI [ <!ENTITY xxe SYSTEM "\(secret.absoluteString)"> ]>
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><u who="#A">hello &xxe; world</u></body></text></TEI>
            """ : """
            <?xml version="1.0"?>
            <!DOCTYPE Trans [ <!ENTITY xxe SYSTEM "\(secret.path)"> ]>
            <Trans><Speakers><Speaker id="A" name="&xxe;"/></Speakers><Episode><Section><Turn speaker="A" startTime="0" endTime="1"><Sync time="0"/>hello &xxe; world</Turn></Section></Episode></Trans>
            """
        let result = XMLSafetyTests.read(xml, file: "hostile.\(format == "tei" ? "xml" : "trs")")
        #expect(!XMLSafetyTests.everything(result).contains("TOP-SECRET"))
        if format == "tei", case .success(let parsed) = result {
            #expect(parsed.transcript.content(0) == "hello world")
            #expect(parsed.warnings.contains { $0.message.contains("&xxe;") })
        }
    }

    @Test("billion laughs is not expanded")
    func billionLaughs() {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            xml += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        xml += "]>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><u who=\"A\">laugh &lol9; end</u></body></text></TEI>\n"
        let started = Date()
        let result = XMLSafetyTests.read(xml)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(XMLSafetyTests.everything(result).count < 10_000)
        #expect(!XMLSafetyTests.everything(result).contains("lollollol"))
    }

    @Test("an external DTD is never loaded: its entities and default attributes do not apply")
    func externalDTDIsNotLoaded() throws {
        let folder = try XMLSafetyTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            <!ENTITY injected "INJECTED-FROM-DTD">
            <!ATTLIST Turn speaker CDATA "DTD-SPEAKER">
            """.utf8).write(to: folder.appendingPathComponent("evil.dtd"))
        let file = folder.appendingPathComponent("hostile.trs")
        func read(_ body: String) throws -> Result<ParseResult, ParseError> {
            try Data("""
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!DOCTYPE Trans SYSTEM "evil.dtd">
                <Trans><Episode><Section><Turn startTime="0" endTime="2"><Sync time="0"/>\(body)</Turn></Section></Episode></Trans>
                """.utf8).write(to: file)
            do throws(ParseError) { return .success(try TranscriptReader().read(contentsOf: file.path)) } catch { return .failure(error) }
        }
        // The DTD's default attribute is not applied: the turn has no speaker.
        let plain = try read("before after")
        #expect(!XMLSafetyTests.everything(plain).contains("DTD-SPEAKER"))
        #expect(try plain.get().transcript.speakers.map(\.id) == ["Unknown"])
        // The DTD's entity is unknown, so using it is an error at its place; its text appears nowhere.
        let withEntity = try read("before &injected; after")
        #expect(!XMLSafetyTests.everything(withEntity).contains("INJECTED-FROM-DTD"))
        guard case .failure(let error) = withEntity else { Issue.record("an undeclared entity was accepted"); return }
        #expect(error.description.hasPrefix("\(file.path):3:"))
        #expect(error.message.contains("Entity 'injected' not defined"))
    }

    @Test("10,000-deep nesting is refused with a place")
    func deepNesting() {
        let xml = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><u who=\"A\">"
            + String(repeating: "<seg>", count: 10_000) + "deep" + String(repeating: "</seg>", count: 10_000)
            + "</u></body></text></TEI>"
        let result = XMLSafetyTests.read(xml)
        guard case .failure(let error) = result else { Issue.record("10,000-deep nesting was accepted"); return }
        #expect(error.message.contains("depth"))
        #expect(error.location?.file == "hostile.xml")
        #expect(error.location?.line == 1)
    }

    @Test("a 100 MB text node is refused without reading it all into memory")
    func hugeTextNode() throws {
        let folder = try XMLSafetyTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("huge.xml")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        handle.write(Data("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text><body><u who=\"A\">".utf8))
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for _ in 0..<100 { handle.write(chunk) }
        handle.write(Data("</u></body></text></TEI>\n".utf8))
        try handle.close()
        let before = XMLSafetyTests.peakResidentBytes()
        #expect(throws: ParseError.self) { try TranscriptReader().read(contentsOf: file.path) }
        do {
            _ = try TranscriptReader().read(contentsOf: file.path)
        } catch {
            #expect(error.message.contains("huge") || error.message.contains("too"))
            #expect(error.location?.line == 2)
        }
        // libxml2 stops at its 10 MB text limit; the peak grows by far less than the file's 100 MB
        // (other tests run in parallel, so the bound is generous).
        #expect(XMLSafetyTests.peakResidentBytes() - before < 80 << 20)
    }

    @Test("a truncated file reports its first error as file:line:column")
    func truncatedFile() {
        let xml = "<?xml version=\"1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text><body>\n<u who=\"A\">hello</u>\n<u who=\"B\">wor"
        guard case .failure(let error) = XMLSafetyTests.read(xml, file: "cut.xml") else {
            Issue.record("a truncated file was accepted"); return
        }
        #expect(error.location?.file == "cut.xml")
        #expect(error.location?.line == 5)
        #expect((error.location?.column ?? 0) >= 1)
        #expect(error.description.hasPrefix("cut.xml:5:"))
        #expect(error.description.contains(": error: not well-formed XML: "))
        // libxml2's push parser calls this "Extra content at the end of the document": say what it is.
        #expect(error.message.contains("premature end of data in tag u line 5"), "\(error.message)")
    }

    @Test("a mismatched end tag is reported at its line and column")
    func mismatchedTag() {
        let xml = "<Trans>\n<Episode>\n  <Section><Turn speaker=\"A\">hi</Tur>\n</Episode></Trans>"
        guard case .failure(let error) = XMLSafetyTests.read(xml, file: "bad.trs") else {
            Issue.record("a mismatched tag was accepted"); return
        }
        #expect(error.location?.line == 3)
        #expect(error.message.contains("mismatch"))
    }

    /// The process's peak resident set size so far, in bytes.
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
