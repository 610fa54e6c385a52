import Foundation
import Testing
import ThematicExchange
import ThematicModel
import ThematicTestSupport

/// The real code lists in `../shared/testdata/external/codebooks/`, read in place.
@Suite("Code lists from other tools")
struct CodeListReaderTests {
    static func read(_ name: String) throws -> (Codebook, CodeListReader.Layout) {
        try CodeListReader().read(contentsOf: TestPaths.external("codebooks/\(name)"))
    }

    @Test("Taguette codebook, first iteration: 120 tags, 42 without a description")
    func taguetteFirst() throws {
        let (codebook, layout) = try Self.read("taguette_codebook_20220223_0_first_iteration.csv")
        #expect(layout == .taguetteCodebook)
        #expect(codebook.codes.count == 120)
        #expect(codebook.codes.filter { $0.definition.isEmpty }.count == 42)
        #expect(codebook.codes[0].name == "Moderator comment")
        #expect(codebook.codes[0].id == "moderator-comment")
        #expect(codebook.codes[0].definition.hasPrefix("The moderator intervenes because"))
    }

    @Test("Taguette codebook, final: 22 tags, a multi-line description kept whole")
    func taguetteFinal() throws {
        let (codebook, _) = try Self.read("taguette_codebook_20220303_8_final.csv")
        #expect(codebook.codes.count == 22)
        #expect(codebook.codes.contains { $0.definition.contains("\n") })
    }

    @Test("Taguette highlights: the 18 distinct tags of 97 rows")
    func taguetteHighlights() throws {
        let (codebook, layout) = try Self.read("taguette_highlights_all_tags_20220301_PSSUQ.csv")
        #expect(layout == .taguetteHighlights)
        #expect(codebook.codes.count == 18)
        #expect(codebook.codes.contains { $0.name == "Navigation complex" })
    }

    @Test("QualCoder's list: >> paths, TAB memos, CRLF, no final newline")
    func qualCoder() throws {
        let (codebook, layout) = try Self.read("qualcoder_plain_codes_categories.tsv.txt")
        #expect(layout == .qualCoderList)
        #expect(codebook.codes.map(\.id) == ["code1", "cat1", "cat1/code2", "cat1/code3", "cat3", "cat3/cat2", "cat3/cat2/code4",
                                             "cat3/code5", "code6"])
        #expect(codebook.code(id: "code1")?.memo == "A memo for code 1")
        #expect(codebook.code(id: "cat3/cat2/code4")?.memo == "another memo")
    }

    @Test("a->b->c paths with counts: 473 rows, repeated blocks merged into 341 codes, 75 at the top")
    func arrowPaths() throws {
        let (codebook, layout) = try Self.read("balash_hierarchical_codebook_counts.csv")
        #expect(layout == .paths)
        #expect(codebook.codes.count == 341)
        #expect(codebook.children(of: nil).count == 75)
        #expect(codebook.code(id: "distrust/no-unwanted-email")?.name == "no_unwanted_email")
    }

    @Test("a wide spreadsheet codebook in Mac Roman: 17 variables, themes with their sub-categories")
    func wideMacRoman() throws {
        let (codebook, layout) = try Self.read("tiktok_womens_health_content_codebook_wide.csv")
        #expect(layout == .wide)
        #expect(codebook.codes.count == 83)
        #expect(codebook.children(of: nil).count == 17)
        // 0xCA is Mac Roman's no-break space after "Poor Medical Care": trimmed, not read as "Ê".
        #expect(codebook.code(id: "themes/poor-medical-care")?.name == "Poor Medical Care")
        #expect(!codebook.codes.contains { $0.name.contains("Ê") })
        #expect(codebook.code(id: "themes/support-networks/family") != nil)
        #expect(codebook.code(id: "themes")?.isCodable == false)
    }

    @Test("legacy text: Mac Roman and Windows-1252 told apart")
    func legacyText() {
        #expect(LegacyText.decodeReporting(Data([0x43, 0x61, 0x72, 0x65, 0xCA, 0x2C])).encoding == .macRoman)
        #expect(LegacyText.decodeReporting(Data([0x63, 0x61, 0x66, 0xE9])) == ("café", .windows1252))
        #expect(LegacyText.decodeReporting(Data("\u{FEFF}ok".utf8)) == ("ok", .utf8))
    }

    @Test("Thematic's own CSV codebook is written so it reads back unchanged")
    func csvRoundTrip() throws {
        let folder = TemporaryFolder()
        var codebook = Codebook(codes: [
            Code(id: "alliance", name: "Working alliance", definition: "The bond, tasks and goals.", isCodable: false),
            Code(id: "alliance/bond", name: "Bond, \"emotional\"", definition: "Line one\nline two", inclusion: "a, b",
                 exclusion: "x", typicalExample: "\"I trust her\"", atypicalExample: " spaced ", colour: "#4e79a7", memo: "m"),
        ])
        codebook.name = ""
        let path = folder.path("codebook.csv")
        try CSVCodebookWriter().text(codebook).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try CSVCodebookReader().read(contentsOf: path) == codebook)
    }

    @Test("the Markdown codebook: MacQueen's parts per code, counts, numbering, themes")
    func markdown() {
        var codebook = Codebook(name: "Alliance", codes: [
            Code(id: "alliance", name: "Working alliance", isCodable: false),
            Code(id: "alliance/bond", name: "Bond", definition: "The emotional bond. It grows.", inclusion: "says trust",
                 exclusion: "trust in method", typicalExample: "I trust her", atypicalExample: "silence"),
        ])
        codebook.themes = [Theme(id: "lived", name: "Lived", definition: "How it feels.", codeIDs: ["alliance/bond"])]
        let text = CodebookMarkdownWriter().text(codebook, usage: ["alliance/bond": .init(codings: 12, sources: 4)])
        #expect(text.hasPrefix("# Alliance\n"))
        #expect(text.contains("| 1.1 | `alliance/bond` | Bond | 12 | 4 |"))
        #expect(text.contains("### 1.1 Bond"))
        #expect(text.contains("**Brief definition:** The emotional bond."))
        #expect(text.contains("**Full definition:** The emotional bond. It grows."))
        #expect(text.contains("**When to use:** says trust"))
        #expect(text.contains("**When not to use:** trust in method"))
        #expect(text.contains("> I trust her"))
        #expect(text.contains("**Counts:** 12 codings in 4 sources"))
        #expect(text.contains("(12 more below it)"))
        #expect(text.contains("Codes: 1.1 Bond (`alliance/bond`)"))
    }
}
