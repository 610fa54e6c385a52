import Foundation
import Testing
import ThematicModel
@testable import ThematicParsers

@Suite("ELAN parser")
struct ELANParserTests {
    static let twoSpeakers = """
        <?xml version="1.0" encoding="UTF-8"?>
        <ANNOTATION_DOCUMENT FORMAT="3.0" VERSION="3.0">
          <HEADER TIME_UNITS="milliseconds"/>
          <TIME_ORDER>
            <TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="1000"/>
            <TIME_SLOT TIME_SLOT_ID="ts2"/>
            <TIME_SLOT TIME_SLOT_ID="ts3"/>
            <TIME_SLOT TIME_SLOT_ID="ts4" TIME_VALUE="4000"/>
            <TIME_SLOT TIME_SLOT_ID="ts5" TIME_VALUE="2500"/>
            <TIME_SLOT TIME_SLOT_ID="ts6" TIME_VALUE="5000"/>
          </TIME_ORDER>
          <TIER TIER_ID="A" PARTICIPANT="Alice" LINGUISTIC_TYPE_REF="utt">
            <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts2"><ANNOTATION_VALUE>first</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
            <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a2" TIME_SLOT_REF1="ts3" TIME_SLOT_REF2="ts4"><ANNOTATION_VALUE>third</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
          </TIER>
          <TIER TIER_ID="B" PARTICIPANT="Bob" LINGUISTIC_TYPE_REF="utt">
            <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="b1" TIME_SLOT_REF1="ts5" TIME_SLOT_REF2="ts6"><ANNOTATION_VALUE>overlapping</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
          </TIER>
          <TIER TIER_ID="A-gloss" PARENT_REF="A" LINGUISTIC_TYPE_REF="gloss">
            <ANNOTATION><REF_ANNOTATION ANNOTATION_ID="g1" ANNOTATION_REF="a2"><ANNOTATION_VALUE>3rd</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION>
          </TIER>
        </ANNOTATION_DOCUMENT>
        """

    static func parse(_ xml: String, tier: String? = nil) throws(ParseError) -> Transcript {
        try ELANParser().parse(ParserInput(file: "s.eaf", bytes: Data(xml.utf8)), options: ParserOptions(tier: tier)).transcript
    }

    @Test("slots without values are interpolated; overlapping tiers are ordered by time; REF annotations attach")
    func interpolationAndOverlap() throws {
        let transcript = try ELANParserTests.parse(ELANParserTests.twoSpeakers)
        #expect(transcript.text == "A: first\nB: overlapping\nA: third\n")
        #expect(transcript.utterances.map { $0.start?.milliseconds } == [1000, 2500, 3000])
        #expect(transcript.utterances.map { $0.end?.milliseconds } == [2000, 5000, 4000])
        #expect(transcript.speakers.map(\.name) == ["Alice", "Bob"])
        #expect(transcript.annotations == [Annotation(kind: "A-gloss", text: "3rd", utteranceIndex: 2, start: Timecode(milliseconds: 3000),
                                                      end: Timecode(milliseconds: 4000), location: SourceLocation(file: "s.eaf", line: 20, column: 17))])
        #expect(transcript.utterances[0].location == SourceLocation(file: "s.eaf", line: 13, column: 17))
    }

    @Test("--tier chooses one tier; an unknown tier names the tiers there are")
    func tierOption() throws {
        let transcript = try ELANParserTests.parse(ELANParserTests.twoSpeakers, tier: "B")
        #expect(transcript.text == "B: overlapping\n")
        #expect(Set(transcript.annotations.map(\.kind)) == ["A", "A-gloss"])
        #expect(throws: ParseError.self) { try ELANParserTests.parse(ELANParserTests.twoSpeakers, tier: "C") }
        do {
            _ = try ELANParserTests.parse(ELANParserTests.twoSpeakers, tier: "C")
        } catch {
            #expect(error.message == "no tier 'C' in this file; its tiers are: 'A', 'B', 'A-gloss'")
        }
    }

    @Test("real file: 29 cross-tier overlaps come out in time order")
    func realOverlaps() throws {
        let transcript = try ExternalTranscripts.read("elan/DOC_FR_2020_CHOIX_5.eaf").transcript
        let starts = transcript.utterances.compactMap(\.start)
        #expect(starts.count == 44)
        #expect(starts == starts.sorted())
        let overlaps = zip(transcript.utterances, transcript.utterances.dropFirst()).filter { pair in
            pair.0.speakerID != pair.1.speakerID && (pair.0.end ?? pair.0.start!) > pair.1.start!
        }
        #expect(!overlaps.isEmpty)
    }

    @Test("real file: --tier reads a speaker tier alone; dependent tiers of CHAT conversions are annotations")
    func realTier() throws {
        let transcript = try ExternalTranscripts.read("elan/short_from_chat_v2.8.eaf", options: ParserOptions(tier: "MOT")).transcript
        #expect(transcript.text == "MOT: you did ?\nMOT: okay .\n")
        let all = try ExternalTranscripts.read("elan/short_from_chat_v2.8.eaf").transcript
        #expect(all.annotations.count == 12)
        #expect(all.annotations.allSatisfy { $0.utteranceIndex != nil })
        #expect(all.annotations.first { $0.kind == "MOT-mor" }?.text == "pro:per|you v|do&PAST ?")
    }
}
