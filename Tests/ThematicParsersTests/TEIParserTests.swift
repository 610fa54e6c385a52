import Foundation
import Testing
import ThematicModel
@testable import ThematicParsers

@Suite("TEI parser")
struct TEIParserTests {
    static func parse(_ xml: String) throws -> ParseResult {
        try TEIParser().parse(ParserInput(file: "t.xml", bytes: Data(xml.utf8)), options: ParserOptions())
    }

    @Test("<w>/<pc> tokens without spaces are joined; no space before closing punctuation")
    func tokenSpacing() throws {
        let result = try TEIParserTests.parse("""
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:tei="http://www.tei-c.org/ns/1.0"><text><body>
            <u who="#A"><seg><w>Well</w><pc>,</pc><w>I</w><w>don't</w><pc>(</pc><w>know</w><pc>)</pc><pc>.</pc></seg><tei:seg><w>Next</w><tei:w>one</tei:w><pc>?</pc></tei:seg></u>
            </body></text></TEI>
            """)
        #expect(result.transcript.content(0) == "Well, I don't (know). Next one?")
    }

    @Test("non-verbal events become annotations, never text")
    func eventsAreAnnotations() throws {
        let result = try TEIParserTests.parse("""
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
            <u who="A">yes <pause dur="PT0.5S"/> no <vocal><desc>laughs</desc></vocal> maybe <incident><desc>door</desc></incident>
            <kinesic type="nod"/> <gap reason="inaudible"/> fine</u>
            <u who="A"><vocal><desc>coughs</desc></vocal></u>
            </body></text></TEI>
            """)
        let transcript = result.transcript
        #expect(transcript.content(0) == "yes no maybe fine")
        #expect(transcript.utterances.count == 1)
        #expect(transcript.annotations.map(\.kind) == ["pause", "vocal", "incident", "kinesic", "gap", "vocal"])
        #expect(transcript.annotations.map(\.text) == ["PT0.5S", "laughs", "door", "nod", "inaudible", "coughs"])
        #expect(transcript.annotations.map(\.utteranceIndex) == [0, 0, 0, 0, 0, nil])
    }

    @Test("speakers from particDesc; who with or without #; timeline with interval/since")
    func speakersAndTimes() throws {
        let result = try TEIParserTests.parse("""
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Talk</title></titleStmt></fileDesc>
            <profileDesc><particDesc><person xml:id="SPK0" n="INT"><persName>Ina Tester</persName></person>
            <person xml:id="SPK1"><persName><abbr>P1</abbr></persName></person></particDesc></profileDesc></teiHeader>
            <text><timeline unit="s"><when xml:id="T0" absolute="0"/><when xml:id="T1" interval="1.5" since="#T0"/>
            <when xml:id="T2" interval="2.25" since="T1"/></timeline><body>
            <annotationBlock who="#SPK0" start="#T0" end="T1"><u>Question</u></annotationBlock>
            <annotationBlock who="SPK1" start="T1" end="#T2"><u>Answer</u><spanGrp type="mor"><span>n|answer</span></spanGrp></annotationBlock>
            </body></text></TEI>
            """)
        let transcript = result.transcript
        #expect(transcript.title == "Talk")
        #expect(transcript.speakers.map(\.id) == ["INT", "P1"])
        #expect(transcript.speakers.map(\.name) == ["Ina Tester", "P1"])
        #expect(transcript.text == "INT: Question\nP1: Answer\n")
        #expect(transcript.utterances.map { $0.start?.milliseconds } == [0, 1500])
        #expect(transcript.utterances.map { $0.end?.milliseconds } == [1500, 3750])
        #expect(transcript.annotations.map(\.kind) == ["mor"])
        #expect(transcript.annotations.first?.utteranceIndex == 1)
        #expect(transcript.utterances[0].location == SourceLocation(file: "t.xml", line: 6, column: 1))
    }

    @Test("ISO/TEI from EXMARaLDA: pauses and incidents are annotations, tokens spaced")
    func beckhams() throws {
        let transcript = try ExternalTranscripts.read("tei/exmaralda_demo_Beckhams.iso-tei.xml").transcript
        #expect(transcript.content(1) == "Yeah")
        #expect(transcript.content(3).hasPrefix("Yeah, I think that people don't realise that it's all about hard work I mean"))
        #expect(!transcript.text.contains("((0,"))
        #expect(!transcript.text.contains("laughing"))
        #expect(transcript.annotations.filter { $0.kind == "pause" }.count == 49)
        #expect(transcript.annotations.contains { $0.kind == "incident" && $0.text == "((laughter))" && $0.utteranceIndex == nil })
        // Each utterance starts where its annotationBlock is: line 217 holds the whole body.
        #expect(transcript.utterances[0].location.line == 217)
        #expect(transcript.utterances[0].location.column == 13)
    }

    @Test("TEI_CORPO: speakers from <alt type>, names from <persName>, dependent tiers as annotations")
    func teiCorpo() throws {
        let transcript = try ExternalTranscripts.read("tei/teicorpo_short_from_chat.tei_corpo.xml").transcript
        #expect(transcript.speakers.map(\.name) == ["Lily", "MOT"])
        #expect(Set(transcript.annotations.map(\.kind)) == ["mor", "gra", "pho", "mod"])
        #expect(transcript.annotations.first == Annotation(kind: "mor", text: "pro:sub|I v|do&PAST .", utteranceIndex: 0,
                                                           start: Timecode(milliseconds: 835),
                                                           location: SourceLocation(file: ExternalTranscripts.path("tei/teicorpo_short_from_chat.tei_corpo.xml"), line: 142, column: 21)))
    }
}
