import Foundation
import Testing
import ThematicModel
@testable import ThematicParsers

@Suite("WebVTT parser")
struct WebVTTParserTests {
    static let externalFiles: [ExternalExpectation] = [
        ExternalExpectation("vtt_srt/ms_teams_graph_docs/teams_adhoc_call_transcript.vtt", .webVTT, speakers: ["MOD Administrator"], utterances: 1,
                            first: .init("MOD Administrator", "Hello. Hello. Hello. Hello. Hello. Hello. Oh.", 3663, 8103),
                            last: .init("MOD Administrator", "Hello. Hello. Hello. Hello. Hello. Hello. Oh.", 3663, 8103), durationMS: 8103),
        ExternalExpectation("vtt_srt/ms_teams_graph_docs/teams_metadataContent.vtt", .webVTT, speakers: ["MOD Administrator"], utterances: 1,
                            first: .init("MOD Administrator", "Hello. Hello. Hello. Hello. Hello. Hello. Oh.", 3663, 8103),
                            last: .init("MOD Administrator", "Hello. Hello. Hello. Hello. Hello. Hello. Oh.", 3663, 8103), durationMS: 8103),
        ExternalExpectation("vtt_srt/ms_teams_graph_docs/teams_unpadded_timestamps.vtt", .webVTT, speakers: ["User Name"], utterances: 1,
                            first: .init("User Name", "This is a transcript test.", 0, 5320),
                            last: .init("User Name", "This is a transcript test.", 0, 5320), durationMS: 5320),
        ExternalExpectation("vtt_srt/voice_tags_biology_lab_session.vtt", .webVTT, speakers: ["Dr. Chen", "Student Q", "Student R", "Student S", "Student T"], utterances: 69,
                            first: .init("Dr. Chen", "Good morning everyone! Welcome to Biology 201 Lab. Today we'…", 0, 12000),
                            last: .init("Dr. Chen", "…o clean up your stations! Lab dismissed.", 424000, 438000), durationMS: 438000),
        ExternalExpectation("vtt_srt/webvtt-py/captions_with_bom.vtt", .webVTT, speakers: ["Speaker"], utterances: 4,
                            first: .init("Speaker", "Caption text #1", 500, 7000),
                            last: .init("Speaker", "Caption text #4", 16320, 21580), durationMS: 21580),
        ExternalExpectation("vtt_srt/webvtt-py/comments.vtt", .webVTT, speakers: ["Speaker"], utterances: 3,
                            first: .init("Speaker", "- Ta en kopp varmt te. - Det är inte varmt.", 135000, 140000),
                            last: .init("Speaker", "- Ta en kopp", 145000, 150000), durationMS: 150000),
        ExternalExpectation("vtt_srt/webvtt-py/cue_tags.vtt", .webVTT, speakers: ["Speaker"], utterances: 3,
                            first: .init("Speaker", "When the moon hits your eye", 16500, 18500),
                            last: .init("Speaker", "That's amore", 20500, 21500), durationMS: 21500),
        ExternalExpectation("vtt_srt/webvtt-py/metadata_headers_multiline.vtt", .webVTT, speakers: ["Speaker"], utterances: 2,
                            first: .init("Speaker", "Caption text #1", 500, 7000),
                            last: .init("Speaker", "Caption text #2", 7000, 11890), durationMS: 11890),
        ExternalExpectation("vtt_srt/webvtt-py/sample.vtt", .webVTT, speakers: ["Speaker"], utterances: 16,
                            first: .init("Speaker", "Caption text #1", 500, 7000),
                            last: .init("Speaker", "Caption text #16", 61350, 64300), durationMS: 64300),
        ExternalExpectation("vtt_srt/webvtt-py/styles.vtt", .webVTT, speakers: ["Speaker"], utterances: 1,
                            first: .init("Speaker", "- Hello world.", 0, 10000),
                            last: .init("Speaker", "- Hello world.", 0, 10000), durationMS: 10000),
        ExternalExpectation("vtt_srt/webvtt-py/using_identifiers.vtt", .webVTT, speakers: ["Speaker"], utterances: 6,
                            first: .init("Speaker", "Caption text #1", 500, 7000),
                            last: .init("Speaker", "Caption text #6", 23880, 27280), durationMS: 27280),
        ExternalExpectation("vtt_srt/webvtt-py/youtube_dl.vtt", .webVTT, speakers: ["Speaker"], utterances: 4,
                            first: .init("Speaker", "yeah", 286070, 286470),
                            last: .init("Speaker", "this will happen is I'm telling", 305069, 305400), durationMS: 305400),
        ExternalExpectation("vtt_srt/zoom_GMT20240124-202901_Recording.transcript.vtt", .webVTT, speakers: ["Srijani Ghosh", "Conor Healy", "Dr. Melissa Ko", "Shreeharsh Kelkar", "Unknown Speaker", "Ryan Sloan"], utterances: 26,
                            first: .init("Srijani Ghosh", "Hi!", 50, 1790),
                            last: .init("Conor Healy", "…om Meeting, and everybody can come join.", 695350, 735620), durationMS: 735620),
    ]

    @Test("real WebVTT files", arguments: externalFiles)
    func realFile(_ expected: ExternalExpectation) throws {
        try ExternalTranscripts.check(expected)
    }

    @Test("a timing line inside cue text is rejected where it stands (webvtt-py negative test)")
    func timingLineInCueText() {
        // Lines 6 and 7 are both `00:00:07.000 --> 00:00:10.890`.
        ExternalTranscripts.expectRejected("vtt_srt/webvtt-py/invalid_timeframe_in_cue_text.vtt", line: 7, column: 1,
                                           saying: ["timing line", "line 6"])
    }

    @Test("Zoom: 102 cues, merged per speaker by default, one per cue on request")
    func zoomMerging() throws {
        let path = "vtt_srt/zoom_GMT20240124-202901_Recording.transcript.vtt"
        let separate = try ExternalTranscripts.read(path, options: ParserOptions(mergeConsecutiveCues: false)).transcript
        #expect(separate.utterances.count == 102)
        // Cue 31 (`Hmm.`) is the one cue without a speaker prefix.
        #expect(separate.utterances.filter { $0.speakerID == "Unknown Speaker" }.count == 1)
        #expect(separate.speakers.first { $0.id == "Unknown Speaker" }?.role == .other)
        ExternalTranscripts.expectCanonical(separate)
    }

    @Test("NOTE blocks are annotations, the header's title and fields metadata")
    func notesAndHeader() throws {
        let comments = try ExternalTranscripts.read("vtt_srt/webvtt-py/comments.vtt").transcript
        #expect(comments.metadata["title"] == "Translation of that film I like")
        #expect(comments.annotations.map(\.kind) == ["note", "note"])
        #expect(comments.annotations.last?.text == "This last line may not translate well.")
        let youtube = try ExternalTranscripts.read("vtt_srt/webvtt-py/youtube_dl.vtt").transcript
        #expect(youtube.metadata["kind"] == "captions" && youtube.metadata["language"] == "en")
    }

    static let goldens: [DialogueParserTests.Golden] = [
        .init(name: "voice tags, ids, settings, karaoke, entities", input: """
            WEBVTT

            NOTE a comment

            STYLE
            ::cue { color: red }

            intro
            00:01.000 --> 00:02.500 align:start position:0%
            <v.loud Ana>Hi <c.yellow>there</c> &amp; <00:02.000>welcome</v>

            00:00:02.500 --> 00:00:04.000
            <v Ana>still me
            00:00:04.000 --> 00:00:05.000
            <v Ben>Ben here
            """, expected: ["Ana: Hi there & welcome still me @1000–4000", "Ben: Ben here @4000–5000"]),
        .init(name: "captions without speakers, CRLF", input: "WEBVTT\r\n\r\n0:0:1.5 --> 0:0:2.0\r\n- one\r\n- two\r\n\r\n00:03.000 --> 00:04.000\r\nthree\r\n",
              expected: ["Speaker: - one - two @1500–2000", "Speaker: three @3000–4000"]),
    ]

    @Test("golden WebVTT inputs", arguments: goldens)
    func golden(_ golden: DialogueParserTests.Golden) throws {
        let result = try ExternalTranscripts.parse(golden.input, file: "golden.vtt", with: WebVTTParser())
        #expect(ExternalTranscripts.golden(result.transcript) == golden.expected)
        ExternalTranscripts.expectCanonical(result.transcript)
    }

    @Test("errors carry the place in the original file", arguments: [
        ("no WEBVTT line", "00:01.000 --> 00:02.000\nhi\n", 1, 1),
        ("identifier without timing", "WEBVTT\n\ncue-1\nhello\n", 4, 1),
        ("malformed end time", "WEBVTT\n\n00:01.000 --> 00:02\nhi\n", 3, 15),
    ])
    func errors(_ name: String, _ text: String, _ line: Int, _ column: Int) {
        ExternalTranscripts.expectError(text, file: "bad.vtt", with: WebVTTParser(), line: line, column: column)
    }

    @Test("detection: .vtt by name, WEBVTT by content")
    func detection() throws {
        #expect(try FormatDetector.detect(ParserInput(file: "a.vtt", bytes: Data("x".utf8))) == .webVTT)
        #expect(try FormatDetector.detect(ParserInput(file: "a.txt", bytes: Data("\u{FEFF}WEBVTT\n".utf8))) == .webVTT)
    }
}
