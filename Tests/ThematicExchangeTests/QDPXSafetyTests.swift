import Foundation
import Testing
import ThematicExchange
import ThematicModel
import ThematicTestSupport

/// Hostile archives and documents are refused before anything is read from them.
@Suite("REFI-QDA safety: zip slip, links, bombs, hostile XML")
struct QDPXSafetyTests {
    static let project = Data("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>".utf8)

    /// Writes a ZIP with the given entries (name, bytes, is a symbolic link).
    static func archive(_ entries: [(String, Data, Bool)], in folder: TemporaryFolder) throws -> String {
        let path = folder.path("test.qdpx")
        try ZIPFixture.write(entries.map { ZIPFixture.Entry($0.0, $0.1, isLink: $0.2) }, to: path)
        return path
    }

    @Test("entries that escape the folder are refused", arguments: [
        "../evil.txt", "sources/../../evil.txt", "/etc/evil.txt", "C:/evil.txt", "sources\\..\\..\\evil.txt",
    ])
    func zipSlip(name: String) throws {
        let folder = TemporaryFolder()
        let path = try Self.archive([("project.qde", Self.project, false), (name, Data("x".utf8), false)], in: folder)
        let error = #expect(throws: ExchangeError.self) { try QDPXArchive.read(path) }
        #expect(error?.description.contains("refused") == true)
        #expect(!FileManager.default.fileExists(atPath: folder.url.deletingLastPathComponent().appendingPathComponent("evil.txt").path))
    }

    @Test("a symbolic link entry is refused")
    func symlink() throws {
        let folder = TemporaryFolder()
        let path = try Self.archive([("project.qde", Self.project, false), ("sources/a.txt", Data("/etc/passwd".utf8), true)], in: folder)
        let error = #expect(throws: ExchangeError.self) { try QDPXArchive.read(path) }
        #expect(error?.description.contains("symbolic link") == true)
    }

    @Test("an entry that inflates past the limit is refused (a zip bomb)")
    func zipBomb() throws {
        let folder = TemporaryFolder()
        let zeros = Data(count: 4 << 20)
        let path = try Self.archive([("project.qde", Self.project, false), ("sources/bomb.txt", zeros, false)], in: folder)
        let limits = QDPXArchive.Limits(maximumEntrySize: 1 << 20, maximumTotalSize: 2 << 20)
        let error = #expect(throws: ExchangeError.self) { try QDPXArchive.read(path, limits: limits) }
        #expect(error?.description.contains("zip bomb") == true)
        // The default ratio limit catches it too: 4 MB of zeros deflate over 1000 times.
        let ratio = #expect(throws: ExchangeError.self) { try QDPXArchive.read(path) }
        #expect(ratio?.description.contains("zip bomb") == true)
    }

    @Test("an archive without a project document, or not a ZIP, is refused")
    func notAProject() throws {
        let folder = TemporaryFolder()
        let path = try Self.archive([("sources/a.txt", Data("x".utf8), false)], in: folder)
        #expect(throws: ExchangeError.self) { try QDPXArchive.read(path) }
        let text = folder.path("plain.qdpx")
        try Data("not a zip".utf8).write(to: URL(fileURLWithPath: text))
        #expect(throws: ExchangeError.self) { try QDPXArchive.read(text) }
    }

    @Test("ATLAS.ti's inner <name>.qde and NVivo's capitalised Sources/ are found")
    func vendorLayouts() throws {
        let folder = TemporaryFolder()
        let path = try Self.archive([("My Study.qde", Self.project, false), ("Sources/ABC.TXT", Data("hi".utf8), false)], in: folder)
        let contents = try QDPXArchive.read(path)
        #expect(contents.projectEntry == "My Study.qde")
        #expect(contents.texts["abc.txt"] == Data("hi".utf8))
    }

    @Test("hostile XML: DOCTYPE, entities and external entities are refused before parsing", arguments: [
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&lol2;\"/>",
        "<?xml version=\"1.0\"?>\n<!-- c -->\n  <!DOCTYPE p [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&xxe;\"/>",
        "<!DOCTYPE Project SYSTEM \"http://example.com/evil.dtd\"><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>",
    ])
    func hostileXML(xml: String) {
        let error = #expect(throws: ExchangeError.self) { try REFIReader(file: "evil.qde").read(Data(xml.utf8)) }
        #expect(error?.description.contains("DTD") == true)
        #expect(error?.description.contains("passwd") == false)
    }

    @Test("deep nesting stops at libxml2's limit instead of exhausting the stack")
    func deepNesting() {
        let xml = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><CodeBook><Codes>"
            + String(repeating: "<Code guid=\"1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294\" name=\"a\" isCodable=\"true\">", count: 10_000)
        #expect(throws: ExchangeError.self) { try REFIReader(file: "deep.qde").read(Data(xml.utf8)) }
    }

    @Test("documents that are not REFI-QDA are refused with their place", arguments: [
        ("<html/>", "root element is <html>"),
        ("<Project xmlns=\"urn:other\" name=\"p\"/>", "not a REFI-QDA one"),
        ("", "empty"),
        ("<Project xmlns=\"urn:QDA-XML:project:1.0\"><Users><User guid=\"not-a-guid\"/></Users></Project>", "is not a GUID"),
    ])
    func notREFI(xml: String, expected: String) {
        let error = #expect(throws: ExchangeError.self) { try REFIReader(file: "x.qde").read(Data(xml.utf8)) }
        #expect(error?.description.contains(expected) == true, "\(String(describing: error))")
        #expect(error?.description.hasPrefix("x.qde:1") == true)
    }
}
