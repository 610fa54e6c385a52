import Foundation
import Testing
import ThematicModel
@testable import ThematicParsers

@Suite("CHAT parser")
struct CHATParserTests {
    static let externalFiles: [ExternalExpectation] = [
        ExternalExpectation("plaintext/chat/36M_Laetitia_BD016.CHA", .chat, speakers: ["CHI", "OBS"], utterances: 380,
                            first: .init("OBS", "tu vois , voilà deux poupées", nil, nil),
                            last: .init("OBS", "non , on va s' arrêter", nil, nil), durationMS: nil),
        ExternalExpectation("plaintext/chat/60.cha", .chat, speakers: ["Sonia_Branca-Rosoff", "Anita_Musso"], utterances: 29,
                            first: .init("Anita_Musso", "bon je reviens sur cette euh ce problème qui est un problème euh", nil, nil),
                            last: .init("Anita_Musso", "je la prends", nil, nil), durationMS: nil),
        ExternalExpectation("plaintext/chat/TestDNF4.cha", .chat, speakers: ["MOT", "FAT", "LUC", "GAB", "OBS1", "OBS2"], utterances: 330,
                            first: .init("MOT", "ok et entre l' Afrique et l' Amérique_du_Sud qu' est+ce+qu' …", 0, 5036),
                            last: .init("FAT", "non ?", nil, nil), durationMS: 3740670),
        ExternalExpectation("plaintext/chat/eve_brown.cha", .chat, speakers: ["CHI", "MOT", "COL", "RIC"], utterances: 1588,
                            first: .init("CHI", "more cookie . [+ IMP]", nil, nil),
                            last: .init("MOT", "do you want me to turn it ?", nil, nil), durationMS: nil),
        ExternalExpectation("plaintext/chat/short.cha", .chat, speakers: ["CHI", "MOT"], utterances: 4,
                            first: .init("CHI", "I did .", 835, 3665),
                            last: .init("MOT", "okay .", 6883, 7688), durationMS: 7688),
        ExternalExpectation("plaintext/chat/testclan2.cha", .chat, speakers: ["CHI", "MOT", "FAT", "OBS"], utterances: 46,
                            first: .init("OBS", "tu vas me faire un tableau pour ma maison après ?", 0, 7168),
                            last: .init("CHI", "y'a du jaune et du vert .", 122697, 127233), durationMS: 127233),
    ]

    @Test("real CHAT files", arguments: externalFiles)
    func realFile(_ expected: ExternalExpectation) throws {
        try ExternalTranscripts.check(expected)
    }

    @Test("participants give names and roles; dependent tiers are annotations, not text")
    func participantsAndTiers() throws {
        let eve = try ExternalTranscripts.read("plaintext/chat/eve_brown.cha").transcript
        #expect(eve.speakers.map(\.name) == ["Eve", "Sue", "Colin", "Richard"])
        #expect(eve.speakers.map(\.role) == [.participant, .participant, .interviewer, .interviewer])
        #expect(eve.metadata["date"] == "15-OCT-1962")
        #expect(eve.metadata["id COL"] == "eng|Brown|COL|||||Investigator|||")
        let first = try #require(eve.annotations.first)
        #expect(first.kind == "%mor" && first.text == "qn|more n|cookie ." && first.utteranceIndex == 0)
        #expect(!eve.text.contains("%mor") && !eve.text.contains("qn|more"))
        let short = try ExternalTranscripts.read("plaintext/chat/short.cha").transcript
        #expect(!short.text.unicodeScalars.contains("\u{15}"))
        #expect(short.annotations.filter { $0.kind == "%pho" }.first?.text == "haɪ ˈdɪd")
    }

    @Test("a participants header continued on a tab line (testclan2)")
    func continuedHeader() throws {
        let transcript = try ExternalTranscripts.read("plaintext/chat/testclan2.cha").transcript
        #expect(transcript.speakers.first { $0.id == "OBS" }?.name == "Aliyah")
        #expect(transcript.speakers.first { $0.id == "OBS" }?.role == .interviewer)
    }

    static let goldens: [DialogueParserTests.Golden] = [
        .init(name: "bullets, continuation, dependent tiers", input: "@UTF8\n@Begin\n@Participants:\tCHI Ann Target_Child, INV Ivo Investigator\n*INV:\twhat is\n\tthat ? \u{15}1000_2500\u{15}\n%com:\tpoints\n*CHI:   a dog . \u{15}2600_3000\u{15}\n@End\n",
              expected: ["INV: what is that ? @1000–2500", "CHI: a dog . @2600–3000"]),
    ]

    @Test("golden CHAT inputs", arguments: goldens)
    func golden(_ golden: DialogueParserTests.Golden) throws {
        let result = try ExternalTranscripts.parse(golden.input, file: "golden.cha", with: CHATParser())
        #expect(ExternalTranscripts.golden(result.transcript) == golden.expected)
        #expect(result.transcript.annotations.map(\.kind) == ["%com"])
        #expect(result.warnings.isEmpty)
        ExternalTranscripts.expectCanonical(result.transcript)
    }

    @Test("errors carry the place in the original file", arguments: [
        ("no @Begin", "@UTF8\n*CHI:\thi .\n@End\n", 2, 1),
        ("header before @Begin", "@Participants:\tCHI Child\n@Begin\n", 1, 1),
        ("tier without colon", "@Begin\n*CHI hi .\n@End\n", 2, 1),
        ("a stray line", "@Begin\n*CHI:\thi .\nhello\n@End\n", 3, 1),
    ])
    func errors(_ name: String, _ text: String, _ line: Int, _ column: Int) {
        ExternalTranscripts.expectError(text, file: "bad.cha", with: CHATParser(), line: line, column: column)
    }

    @Test("a missing @End is a warning")
    func missingEnd() throws {
        let result = try ExternalTranscripts.parse("@Begin\n@Participants:\tCHI Target_Child\n*CHI:\thi .\n", file: "w.cha", with: CHATParser())
        #expect(result.warnings.map(\.location?.line) == [3])
        #expect(result.warnings.first?.message.contains("@End") == true)
    }
}
