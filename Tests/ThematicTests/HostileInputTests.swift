import Foundation
import Testing
import ThematicTestSupport
import ZIPFoundation

/// Hostile files given to `thematic ingest` as a user would: each is a clear error naming the
/// file, exit 1, in bounded time, nothing read or written outside it, and the project's database
/// contents exactly as before.
@Suite("Hostile input (binary)")
struct HostileInputTests {
    /// A project holding P01 and the example codebook, and a folder of hostile files beside it.
    final class Fixture: Sendable {
        let folder = TemporaryFolder()
        var project: String { folder.path("study.thematic") }

        init() throws {
            let example = TestPaths.example.path
            for arguments in [["init", "--project", project], ["ingest", "--project", project, "\(example)/transcripts/P01.txt"],
                              ["codebook", "import", "--project", project, "\(example)/codebook.yaml"]] {
                let run = try CommandLineRun(arguments)
                precondition(run.status == 0, run.stderr)
            }
        }
    }

    /// Ingests a hostile file and checks the contract; returns stderr.
    @discardableResult
    static func refuse(_ name: String, _ bytes: some Sequence<UInt8>, fixture: Fixture, seconds: Double = 60,
                       extra: [String] = []) throws -> String {
        let listing = { Set(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.url.path)) }
        let allowed = try listing().union([name, "study.thematic-wal", "study.thematic-shm"])
        let file = try fixture.folder.write(name, bytes)
        let before = try ProjectSnapshot(fixture.project)
        let started = Date()
        let run = try CommandLineRun(["ingest", "--project", fixture.project, file] + extra)
        let elapsed = Date().timeIntervalSince(started)
        #expect(run.status == 1, "\(name): exit \(run.status): \(run.stderr.prefix(300))")
        #expect(run.stderr.contains(file) && run.stderr.contains("error:"), "\(name): \(run.stderr.prefix(300))")
        #expect(!run.stderr.contains("TOP-SECRET"))
        #expect(elapsed < seconds, "\(name) took \(elapsed) s")
        #expect(try ProjectSnapshot(fixture.project) == before, "\(name) changed the project")
        // Nothing written beside the file (an archive's entries, a DTD's output) — and the file itself unchanged.
        let after = try listing()
        #expect(after.isSubset(of: allowed), "\(after.subtracting(allowed))")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data(bytes))
        let parse = try CommandLineRun(["parse", file, "--format", "json"])
        #expect(parse.status == 1 && parse.stdout.isEmpty, "\(name): parse exit \(parse.status)")
        return run.stderr
    }

    static let tei = #"<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><u who="A">hello BODY world</u></body></text></TEI>"#

    @Test("XXE to a local file and to a URL is refused at the declaration; the file's content appears nowhere")
    func externalEntities() throws {
        let fixture = try Fixture()
        let secret = try fixture.folder.write("secret.txt", text: "TOP-SECRET")
        for (name, target) in [("xxe-file.xml", URL(fileURLWithPath: secret).absoluteString), ("xxe-url.xml", "http://127.0.0.1:9/evil.txt")] {
            let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n<!ENTITY xxe SYSTEM \"\(target)\">\n]>\n"
                + HostileInputTests.tei.replacingOccurrences(of: "BODY", with: "&xxe;")
            let stderr = try HostileInputTests.refuse(name, Array(xml.utf8), fixture: fixture)
            #expect(stderr.contains("\(name):3:") && stderr.contains("external entity"), "\(stderr)")
        }
    }

    @Test("billion laughs and a quadratic blow-up are refused at the declaration, in bounded time")
    func entityExpansion() throws {
        let fixture = try Fixture()
        var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            laughs += "<!ENTITY lol\(level) \"" + String(repeating: level == 1 ? "&lol;" : "&lol\(level - 1);", count: 10) + "\">\n"
        }
        laughs += "]>\n" + HostileInputTests.tei.replacingOccurrences(of: "BODY", with: "&lol9;")
        #expect(try HostileInputTests.refuse("laughs.xml", Array(laughs.utf8), fixture: fixture, seconds: 20).contains("laughs.xml:4:"))
        let quadratic = "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n<!ENTITY a \"" + String(repeating: "a", count: 100_000) + "\">\n]>\n"
            + HostileInputTests.tei.replacingOccurrences(of: "BODY", with: String(repeating: "&a;", count: 100_000))
        #expect(try HostileInputTests.refuse("quadratic.xml", Array(quadratic.utf8), fixture: fixture, seconds: 20).contains("longer than"))
    }

    @Test("an external DTD is never loaded: its entity is undefined here, an error at its place")
    func externalDTD() throws {
        let fixture = try Fixture()
        try fixture.folder.write("evil.dtd", text: "<!ENTITY injected \"TOP-SECRET\">")
        let trs = """
            <?xml version="1.0"?>
            <!DOCTYPE Trans SYSTEM "evil.dtd">
            <Trans><Episode><Section><Turn startTime="0" endTime="2"><Sync time="0"/>before &injected; after</Turn></Section></Episode></Trans>
            """
        #expect(try HostileInputTests.refuse("dtd.trs", Array(trs.utf8), fixture: fixture).contains("dtd.trs:3:"))
    }

    @Test("a schema location that is a URL or leaves the folder is never fetched or read")
    func schemaLocations() throws {
        let fixture = try Fixture()
        let outside = try fixture.folder.write("outside.xsd", text: "<not-a-schema/>")
        let sub = fixture.folder.url.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        for location in ["http://127.0.0.1:9/evil.xsd", "../\((outside as NSString).lastPathComponent)"] {
            let file = sub.appendingPathComponent("doc.eaf").path
            try Data("""
                <?xml version="1.0"?>
                <ANNOTATION_DOCUMENT xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="\(location)"/>
                """.utf8).write(to: URL(fileURLWithPath: file))
            let run = try CommandLineRun(["parse", file, "--validate"])
            #expect(run.status == 1)
            #expect(run.stderr.contains("no schema to validate against"), "\(run.stderr)")
        }
    }

    @Test("10,000-deep nesting and a 100 MB single line are refused with their limits")
    func depthAndLength() throws {
        let fixture = try Fixture()
        let deep = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><u who=\"A\">" + String(repeating: "<seg>", count: 10_000)
            + "deep" + String(repeating: "</seg>", count: 10_000) + "</u></body></text></TEI>"
        #expect(try HostileInputTests.refuse("deep.xml", Array(deep.utf8), fixture: fixture).contains("nested deeper than 256"))
        var line = Array("Interviewer: ".utf8)
        line += [UInt8](repeating: UInt8(ascii: "a"), count: 100 << 20)
        let stderr = try HostileInputTests.refuse("oneline.txt", line, fixture: fixture, seconds: 120)
        #expect(stderr.contains("--max-line-length"), "\(stderr)")
        // The option raises the limit: a 2 MB line is refused by default and read with --max-line-length.
        let long = try fixture.folder.write("long.txt", Array("Interviewer: ".utf8) + [UInt8](repeating: UInt8(ascii: "b"), count: 2 << 20))
        #expect(try CommandLineRun(["parse", long]).status == 1)
        let raised = try CommandLineRun(["parse", long, "--max-line-length", "\(3 << 20)", "--format", "json"])
        #expect(raised.status == 0, "\(raised.stderr.prefix(300))")
        #expect(try CommandLineRun(["parse", long, "--max-line-length", "0"]).status == 64)
    }

    @Test("invalid UTF-8 in XML, at each place a byte can be, is an error at its line",
          arguments: [("name", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><te\u{FFFF}xt/>"), ("attribute", "<u who=\"\u{FFFF}\">x</u>"),
                      ("text", "<u who=\"A\">x\u{FFFF}y</u>"), ("comment", "<!-- \u{FFFF} -->"), ("end", "<u who=\"A\">x</u>\u{FFFF}")])
    func invalidUTF8(place: String, template: String) throws {
        let fixture = try Fixture()
        let body = template.contains("<TEI") ? template + "</TEI>" : "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>\n\(template)\n</body></text></TEI>"
        for bad in [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82]] as [[UInt8]] {
            var bytes: [UInt8] = []
            for scalar in body.unicodeScalars {
                if scalar == "\u{FFFF}" { bytes += bad } else { bytes += Array(String(scalar).utf8) }
            }
            let stderr = try HostileInputTests.refuse("utf8-\(place).xml", bytes, fixture: fixture)
            #expect(stderr.contains("utf8-\(place).xml:"), "\(stderr)")
        }
    }

    @Test("NUL bytes: in a text transcript and in XML", arguments: ["txt", "xml"])
    func nulBytes(format: String) throws {
        let fixture = try Fixture()
        let text = format == "txt" ? "Interviewer: hello\nP01: wor\0ld\n" : "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><u who=\"A\">wor\0ld</u></body></text></TEI>"
        try HostileInputTests.refuse("nul.\(format)", Array(text.utf8), fixture: fixture)
    }

    /// A .docx archive with a valid document and one more entry.
    static func docx(extra: (Archive) throws -> Void) throws -> Data {
        let document = Data("""
            <?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            <w:p><w:r><w:t>Interviewer: hello</w:t></w:r></w:p></w:body></w:document>
            """.utf8)
        let archive = try Archive(accessMode: .create)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(document.count),
                             provider: { position, size in document.subdata(in: Int(position)..<Int(position) + size) })
        try extra(archive)
        return archive.data!
    }

    @Test(".docx with ../, absolute and symlink entries is refused; nothing is written anywhere",
          arguments: ["../../escaped.txt", "/tmp/thematic-absolute-escape.txt", "link"])
    func docxEntries(entry: String) throws {
        let fixture = try Fixture()
        let payload = Data("TOP-SECRET".utf8)
        let data = try HostileInputTests.docx { archive in
            if entry == "link" {
                try archive.addEntry(with: "word/link", type: .symlink, uncompressedSize: Int64(11),
                                     provider: { _, _ in Data("/etc/passwd".utf8) })
            } else {
                try archive.addEntry(with: entry, type: .file, uncompressedSize: Int64(payload.count), provider: { _, _ in payload })
            }
        }
        let stderr = try HostileInputTests.refuse("crafted.docx", data, fixture: fixture)
        #expect(stderr.contains("pointing outside it"), "\(stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/thematic-absolute-escape.txt"))
    }

    @Test("a zip bomb (word/document.xml unpacking past the limit) is refused in bounded time")
    func zipBomb() throws {
        let fixture = try Fixture()
        let size = 300 << 20
        let archive = try Archive(accessMode: .create)
        let zeros = Data(count: 1 << 20)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate,
                             provider: { position, length in zeros.prefix(length) })
        let stderr = try HostileInputTests.refuse("bomb.docx", archive.data!, fixture: fixture, seconds: 60)
        #expect(stderr.contains("--max-archive-size"), "\(stderr)")
    }
}
