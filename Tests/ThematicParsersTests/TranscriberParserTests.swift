import Foundation
import Testing
import ThematicModel
@testable import ThematicParsers

@Suite("Transcriber parser")
struct TranscriberParserTests {
    @Test("overlapping speech: one utterance per <Who>, timed from its Sync to the next")
    func whoParts() throws {
        let transcript = try ExternalTranscripts.read("transcriber/DOC_FR_2020_CHOIX_5.trs").transcript
        let second = transcript.utterances[1]
        #expect(second.speakerID == "L2")
        #expect(transcript.content(1) == "{rire}>")
        #expect(second.start?.milliseconds == 2800)
        #expect(second.end?.milliseconds == 4050)
        #expect(second.location.line == 21)
        #expect(second.location.column == 17)
    }

    @Test("ISO-8859-1: accents in attribute values and text are read right")
    func latin1() throws {
        let result = try ExternalTranscripts.read("transcriber/DOC_FR_2020_DEBAT_9.trs")
        #expect(result.transcript.speakers.map(\.name) == ["Clémence Furnari", "Palmyre Castelain", "Clémence Furnari"])
        #expect(result.transcript.metadata["media"] == "DOC_FR_2020_DÉBAT_9.audio")
        #expect(result.transcript.content(1).hasPrefix("moi oui oui oui oui vraiment c'est:: catégorique"))
    }

    @Test("<Event>, <Comment>, <Background> become annotations at the time of the last Sync")
    func events() throws {
        let xml = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <!DOCTYPE Trans SYSTEM "trans-14.dtd">
            <Trans><Speakers><Speaker id="spk1" name="Andr\u{E9}"/></Speakers><Episode><Section type="report" startTime="0" endTime="9">
            <Turn speaker="spk1" startTime="0" endTime="9"><Sync time="0"/>oui <Event desc="rire" type="noise" extent="instantaneous"/> bon
            <Sync time="4.5"/><Comment desc="inaudible"/><Background time="4.5" type="music" level="low"/> enfin</Turn>
            </Section></Episode></Trans>
            """
        var bytes = Data()
        for scalar in xml.unicodeScalars { bytes.append(UInt8(scalar.value)) }
        let transcript = try TranscriberParser().parse(ParserInput(file: "e.trs", bytes: bytes), options: ParserOptions()).transcript
        #expect(transcript.text == "spk1: oui bon enfin\n")
        #expect(transcript.speakers.first?.name == "André")
        #expect(transcript.annotations.map(\.kind) == ["event", "comment", "background"])
        #expect(transcript.annotations.map(\.text) == ["rire", "inaudible", "music"])
        #expect(transcript.annotations.map { $0.start?.milliseconds } == [0, 4500, 4500])
        #expect(transcript.annotations.allSatisfy { $0.utteranceIndex == 0 })
    }

    @Test("the long ESLO interview: events are annotations, not text")
    func eslo() throws {
        let transcript = try ExternalTranscripts.read("transcriber/ESLO1_ENT_001_C.trs").transcript
        #expect(transcript.annotations.count == 60)
        #expect(transcript.annotations.allSatisfy { $0.kind == "event" })
        #expect(transcript.speakers.map(\.name) == ["BA725", "OU", "001LOC2", "001LOC1"])
    }
}
