import Foundation
import Testing
import ThematicModel
import ThematicTestSupport
@testable import ThematicParsers

/// The ELAN reader streams since issue 16 (a tree of a 200 MB file held six times the file in
/// memory). These tests hold what it collects to a walk of the whole element tree, as the reader
/// did before, on the real files and on documents shaped to trip a streaming reader: tiers before
/// the time order, a second time order and header, text around and inside `ANNOTATION_VALUE`,
/// an annotation with two children, deeper elements of the same names.
@Suite("ELAN streaming reads what a walk of the tree reads")
struct ELANStreamingTests {
    struct Collected: Equatable {
        var slots: [String]
        var tiers: [String]
        var entries: [String]
        var media: String?
    }

    static func streamed(_ input: ParserInput) throws -> Collected {
        var state = ELANReadState()
        try XMLStreamReader.read(input) { event throws(ParseError) in try state.handle(event) }
        return Collected(slots: state.slots.map { "\($0.id)=\($0.value.map(String.init) ?? "-")" },
                         tiers: state.tiers.map { "\($0["TIER_ID"] ?? "-")/\($0["PARENT_REF"] ?? "-")/\($0.hasAlignable)" },
                         entries: state.entries.map { "\($0.tierIndex):\($0.tag.name):\($0.tag["ANNOTATION_ID"] ?? "-"):\($0.value):\($0.tag.location)" },
                         media: state.mediaDescriptor?["MEDIA_URL"])
    }

    /// What the reader took from the tree before it streamed.
    static func fromTree(_ input: ParserInput) throws -> Collected {
        let root = try XMLElement.parse(input).root
        let slots = (root.first("TIME_ORDER")?.elements("TIME_SLOT") ?? []).compactMap { slot in
            slot["TIME_SLOT_ID"].map { "\($0)=\(slot["TIME_VALUE"].flatMap { Int($0) }.map(String.init) ?? "-")" }
        }
        let tiers = root.elements("TIER")
        var entries: [String] = []
        for (index, tier) in tiers.enumerated() {
            for annotation in tier.elements("ANNOTATION") {
                guard let inner = annotation.elements.first else { continue }
                entries.append("\(index):\(inner.name):\(inner["ANNOTATION_ID"] ?? "-"):\(inner.first("ANNOTATION_VALUE")?.text ?? ""):\(inner.location)")
            }
        }
        return Collected(slots: slots,
                         tiers: tiers.map { tier in
                             let aligned = tier.elements("ANNOTATION").contains { $0.first("ALIGNABLE_ANNOTATION") != nil }
                             return "\(tier["TIER_ID"] ?? "-")/\(tier["PARENT_REF"] ?? "-")/\(aligned)"
                         },
                         entries: entries,
                         media: root.first("HEADER")?.first("MEDIA_DESCRIPTOR")?["MEDIA_URL"])
    }

    static let tricky = """
        <?xml version="1.0" encoding="UTF-8"?>
        <ANNOTATION_DOCUMENT>
          <TIER TIER_ID="early" PARTICIPANT="P">
            <ANNOTATION>text before<ALIGNABLE_ANNOTATION ANNOTATION_ID="e1" TIME_SLOT_REF1="t1" TIME_SLOT_REF2="t2">
              <ANNOTATION_VALUE>one <X>inner <ANNOTATION_VALUE>deeper</ANNOTATION_VALUE></X> two</ANNOTATION_VALUE>
              <ANNOTATION_VALUE>second value, ignored</ANNOTATION_VALUE>
            </ALIGNABLE_ANNOTATION><REF_ANNOTATION ANNOTATION_ID="e2" ANNOTATION_REF="e1"><ANNOTATION_VALUE>second child</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION>
            <ANNOTATION/>
            <NOTE><ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="deep"/></ANNOTATION></NOTE>
          </TIER>
          <HEADER><MEDIA_DESCRIPTOR MEDIA_URL="first.wav"/><MEDIA_DESCRIPTOR MEDIA_URL="second.wav"/></HEADER>
          <HEADER><MEDIA_DESCRIPTOR MEDIA_URL="other-header.wav"/></HEADER>
          <TIME_ORDER><TIME_SLOT TIME_SLOT_ID="t1" TIME_VALUE="10"/><TIME_SLOT TIME_VALUE="5"/><X><TIME_SLOT TIME_SLOT_ID="nested" TIME_VALUE="1"/></X>
            <TIME_SLOT TIME_SLOT_ID="t2" TIME_VALUE=""/></TIME_ORDER>
          <TIME_ORDER><TIME_SLOT TIME_SLOT_ID="t3" TIME_VALUE="30"/></TIME_ORDER>
          <TIER TIER_ID="child" PARENT_REF="early"><ANNOTATION><REF_ANNOTATION ANNOTATION_ID="c1" ANNOTATION_REF="e1"><ANNOTATION_VALUE>ref</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION></TIER>
          <TIER><ANNOTATION><REF_ANNOTATION><ANNOTATION_VALUE/></REF_ANNOTATION></ANNOTATION></TIER>
        </ANNOTATION_DOCUMENT>
        """

    @Test("documents shaped to trip a streaming reader")
    func trickyDocuments() throws {
        for xml in [Self.tricky, ELANParserTests.twoSpeakers] {
            let input = ParserInput(file: "t.eaf", bytes: Data(xml.utf8))
            #expect(try Self.streamed(input) == Self.fromTree(input))
        }
        let collected = try Self.streamed(ParserInput(file: "t.eaf", bytes: Data(Self.tricky.utf8)))
        #expect(collected.entries.first?.contains(":one inner deeper two:") == true)
        #expect(collected.slots == ["t1=10", "t2=-"])
        #expect(collected.media == "first.wav")
    }

    @Test("every real .eaf file")
    func realFiles() throws {
        let files = ExternalTranscripts.files(in: "elan", extensions: ["eaf"])
        #expect(!files.isEmpty)
        for file in files {
            let input = try ParserInput(contentsOf: ExternalTranscripts.path(file))
            #expect(try Self.streamed(input) == Self.fromTree(input), "\(file)")
        }
    }

    @Test("a root that is not ANNOTATION_DOCUMENT is refused at the root, after the document is read")
    func wrongRoot() {
        let input = ParserInput(file: "t.eaf", bytes: Data("<TEI><TIER TIER_ID='a'/></TEI>".utf8))
        #expect(throws: ParseError.malformed(message: "not an ELAN file: the root element is <TEI>, expected <ANNOTATION_DOCUMENT>",
                                             at: SourceLocation(file: "t.eaf", line: 1, column: 1))) {
            try ELANParser().parse(input, options: ParserOptions())
        }
        // Malformed XML is reported as such, as before, even when the root is wrong too.
        let broken = ParserInput(file: "t.eaf", bytes: Data("<TEI><TIER></TEI>".utf8))
        #expect(throws: ParseError.self) { try ELANParser().parse(broken, options: ParserOptions()) }
    }
}
