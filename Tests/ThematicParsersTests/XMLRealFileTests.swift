import Foundation
import Testing
import ThematicModel
@testable import ThematicParsers

/// What a real file must give, established by reading the file: speakers, utterance count,
/// first and last utterance (speaker, start of the text, times), duration.
struct RealFileExpectation: CustomTestStringConvertible, Sendable {
    var file: String
    var format: TranscriptFormat
    var speakers: [String]
    var utterances: Int
    var first: (speaker: String, text: String, start: Int?, end: Int?)
    var last: (speaker: String, text: String, start: Int?, end: Int?)
    var duration: Int?
    var testDescription: String { file }
}

@Suite("Real XML transcripts (TEI, ELAN, Transcriber, EXMARaLDA)")
struct XMLRealFileTests {
    static let expectations: [RealFileExpectation] = [
        .init(file: "tei/ParlaMint-SI_2022-04-06-SDZ8-Izredna-99.xml", format: .tei,
              speakers: ["SimonovičBranko", "ZorčičIgor", "SiterPrimož"], utterances: 4,
              first: ("SimonovičBranko", "Spoštovane kolegice poslanke in kolegi poslanci, gospe in gospodje! Začenjam", nil, nil),
              last: ("ZorčičIgor", "Hvala lepa. Glasujemo.", nil, nil), duration: nil),
        .init(file: "tei/exmaralda_demo_AnneWill.iso-tei.xml", format: .tei, speakers: ["AW", "GL", "HG", "GW"], utterances: 36,
              first: ("AW", "Nah CDU-Nahen oder der CDU-nahen Studentenverbindung des RCDS ist, das ist Gottfried Ludewig", 0, 7093),
              last: ("AW", "Wir suchen nach anderen Antworten", 350920, 359473), duration: 359473),
        .init(file: "tei/exmaralda_demo_Beckhams.iso-tei.xml", format: .tei, speakers: ["PAR", "VIC", "DAV"], utterances: 43,
              first: ("PAR", "And what it comes to is your determination at all cost to actually succeed I mean", 0, 11366),
              last: ("PAR", "Eh eh eh", 260756, 262176), duration: 262176),
        .init(file: "tei/teicorpo_DOC_FR_2020_CHOIX_5.tei_corpo.xml", format: .tei, speakers: ["L1", "L2", "SD", "Observateur"],
              utterances: 44, first: ("L1", "<alors moi moi j'ai choisi euh", 2750, 102790), last: ("SD", "0.181", 239243, 239424),
              duration: 239424),
        .init(file: "tei/teicorpo_short_from_chat.tei_corpo.xml", format: .tei, speakers: ["CHI", "MOT"], utterances: 4,
              first: ("CHI", "I did .", 835, 3665), last: ("MOT", "okay .", 6883, 7688), duration: 7688),
        .init(file: "elan/DOC_FR_2020_CHOIX_5.eaf", format: .elan, speakers: ["L1", "L2", "SD", "Observateur"], utterances: 44,
              first: ("L1", "<alors moi moi j'ai choisi euh", 2750, 102790), last: ("SD", "0.181", 239243, 239424), duration: 239424),
        .init(file: "elan/essai-orig_minimal.eaf", format: .elan, speakers: ["default"], utterances: 1,
              first: ("default", "ESSAI", 530, 2540), last: ("default", "ESSAI", 530, 2540), duration: 2540),
        .init(file: "elan/short_from_chat_v2.8.eaf", format: .elan, speakers: ["CHI", "MOT"], utterances: 4,
              first: ("CHI", "I did .", 835, 3665), last: ("MOT", "okay .", 6883, 7688), duration: 7688),
        .init(file: "elan/speach_test.eaf", format: .elan, speakers: ["marker", "Person1 (Utterance)"], utterances: 11,
              first: ("marker", "convo start", 830, 5200), last: ("Person1 (Utterance)", "Oh thanks", 16615, 17485), duration: 17570),
        .init(file: "transcriber/DOC_FR_2020_CHOIX_5.trs", format: .transcriber, speakers: ["L1", "L2", "SD", "Observateur"],
              utterances: 37, first: ("L1", "<alors moi moi j'ai choisi euh", 2750, 2800), last: ("SD", "0.181", 239243, 239424),
              duration: 239424),
        .init(file: "transcriber/DOC_FR_2020_DEBAT_9.trs", format: .transcriber, speakers: ["SD", "L1", "L2"], utterances: 86,
              first: ("SD", "16.000", 0, 16000), last: ("L2", "{rire}>", 475799, 477600), duration: 477600),
        .init(file: "transcriber/ESLO1_ENT_001_C.trs", format: .transcriber, speakers: ["spk1", "spk2", "spk4", "spk3"], utterances: 1298,
              first: ("spk1", "vous savez euh enfin", 449, 3114),
              last: ("spk2", "ah bah je vous remercie beaucoup de si y a encore un petit questionnaire mais là c'est écrit", 3763491, 3776755),
              duration: 3776755),
        .init(file: "transcriber/badfile.trs", format: .transcriber, speakers: ["Unknown"], utterances: 1,
              first: ("Unknown", "Sentence #1 Sentence #2", 0, 82547), last: ("Unknown", "Sentence #1 Sentence #2", 0, 82547), duration: 82547),
        .init(file: "transcriber/test1.trs", format: .transcriber, speakers: ["spk1"], utterances: 1,
              first: ("spk1", "ah quoi moi oui oui oui oui vraiment c'est:: catégorique", 0, 477803),
              last: ("spk1", "ah quoi moi", 0, 477803), duration: 477803),
        .init(file: "exmaralda/AnneWill.exb", format: .exmaralda, speakers: ["AW", "GL", "HG", "GW"], utterances: 36,
              first: ("AW", "Nah/ CDU-Nahen oder der CDU-nahen Studentenverbindung", 0, 7093),
              last: ("AW", "Wir suchen nach anderen Antworten.", 350920, 359473), duration: 359473),
        .init(file: "exmaralda/Beckhams.exb", format: .exmaralda, speakers: ["PAR", "VIC", "DAV"], utterances: 48,
              first: ("PAR", "And what it comes to is your determination at all cost to actually ((0,3s)) succeed.", 0, 11366),
              last: ("PAR", "Eh eh eh… ((laughing))", 260756, 262176), duration: 262176),
        .init(file: "exmaralda/ExmaraldaR_Example_basic.exb", format: .exmaralda, speakers: ["SPK1", "SPK2"], utterances: 9,
              first: ("SPK1", "this is a test file|it is just for one purpose|", 0, 1091),
              last: ("SPK2", "sounds useful|", 11987, 14000), duration: 14000),
        .init(file: "exmaralda/ExmaraldaR_Example_multi.exb", format: .exmaralda, speakers: ["SPK1", "SPK2"], utterances: 9,
              first: ("SPK1", "this is a test file|it is just for one purpose|", 0, 1091),
              last: ("SPK2", "sounds useful|", 11987, 14000), duration: 14000),
    ]

    @Test("every real file is covered")
    func everyFileIsCovered() {
        let files = ExternalTranscripts.files(in: "tei", extensions: ["xml"]) + ExternalTranscripts.files(in: "elan", extensions: ["eaf"])
            + ExternalTranscripts.files(in: "transcriber", extensions: ["trs"]) + ExternalTranscripts.files(in: "exmaralda", extensions: ["exb"])
        #expect(files.count == 18)
        #expect(Set(files) == Set(XMLRealFileTests.expectations.map(\.file)))
    }

    @Test("parses with the values read from the file", arguments: XMLRealFileTests.expectations)
    func parses(_ expected: RealFileExpectation) throws {
        let transcript = try ExternalTranscripts.read(expected.file).transcript
        #expect(transcript.origin.format == expected.format)
        #expect(transcript.speakers.map(\.id) == expected.speakers)
        #expect(transcript.utterances.count == expected.utterances)
        let first = try #require(transcript.utterances.first), last = try #require(transcript.utterances.last)
        #expect(first.speakerID == expected.first.speaker)
        #expect(transcript.content(0).hasPrefix(expected.first.text))
        #expect(first.start?.milliseconds == expected.first.start)
        #expect(first.end?.milliseconds == expected.first.end)
        #expect(last.speakerID == expected.last.speaker)
        #expect(transcript.content(transcript.utterances.count - 1).hasPrefix(expected.last.text))
        #expect(last.start?.milliseconds == expected.last.start)
        #expect(last.end?.milliseconds == expected.last.end)
        #expect(transcript.duration?.milliseconds == expected.duration)
        // The canonical text rule: one utterance a line, `Label: content`.
        #expect(transcript.text.split(separator: "\n").count == expected.utterances)
        for utterance in transcript.utterances { #expect(utterance.location.line >= 1 && utterance.location.column >= 1) }
    }

    @Test("formats are told by content when a file is named .xml", arguments: XMLRealFileTests.expectations)
    func detectedByContent(_ expected: RealFileExpectation) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: ExternalTranscripts.path(expected.file)))
        #expect(try FormatDetector.detect(ParserInput(file: "renamed.xml", bytes: bytes)) == expected.format)
    }
}
