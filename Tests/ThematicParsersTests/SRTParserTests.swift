import Foundation
import Testing
import ThematicModel
@testable import ThematicParsers

@Suite("SRT parser")
struct SRTParserTests {
    static let externalFiles: [ExternalExpectation] = [
        ExternalExpectation("vtt_srt/pysrt/bom-utf-16-le.srt", .srt, speakers: ["Speaker"], utterances: 7,
                            first: .init("Speaker", "About 2 months ago I found myself on the comment section of YouTube", 6500, 9000),
                            last: .init("Speaker", "…mment is organize a global awareness day", 43000, 50000), durationMS: 50000),
        ExternalExpectation("vtt_srt/pysrt/capability_tester.srt", .srt, speakers: ["Speaker"], utterances: 37,
                            first: .init("Speaker", "Don't show this text it may be used to insert hidden data", 0, 0),
                            last: .init("Speaker", "…t the wrong closing tag should be showed", 66501, 68500), durationMS: 68500),
        ExternalExpectation("vtt_srt/pysrt/no-indexes.srt", .srt, speakers: ["Speaker"], utterances: 7,
                            first: .init("Speaker", "About 2 months ago I found myself on the comment section of YouTube", 6500, 9000),
                            last: .init("Speaker", "…mment is organize a global awareness day", 43000, 50000), durationMS: 50000),
        ExternalExpectation("vtt_srt/webvtt-py/sample.srt", .srt, speakers: ["Speaker"], utterances: 5,
                            first: .init("Speaker", "Caption text #1", 500, 7000),
                            last: .init("Speaker", "Caption text #5", 21580, 23880), durationMS: 23880),
    ]

    @Test("real SRT files", arguments: externalFiles)
    func realFile(_ expected: ExternalExpectation) throws {
        try ExternalTranscripts.check(expected)
    }

    @Test("negative tests are rejected at the broken line", arguments: [
        // `00:00:01 --> 00:00:10`: no milliseconds.
        ("vtt_srt/pysrt/invalid.srt", 2, 1, "malformed cue time '00:00:01'"),
        // Block 2 goes from its number straight to its text.
        ("vtt_srt/webvtt-py/missing_timeframe.srt", 6, 1, "subtitle 2 has no timing line"),
    ])
    func negative(_ relative: String, _ line: Int, _ column: Int, _ message: String) {
        ExternalTranscripts.expectRejected(relative, line: line, column: column, saying: [message])
    }

    @Test("UTF-16 LE with BOM reads as the UTF-8 file with the same words (pysrt)")
    func utf16MatchesUTF8() throws {
        let utf16 = try ExternalTranscripts.read("vtt_srt/pysrt/bom-utf-16-le.srt").transcript
        let utf8 = try ExternalTranscripts.read("vtt_srt/pysrt/no-indexes.srt").transcript
        #expect(utf16.text == utf8.text)
        #expect(utf16.utterances.map(\.start) == utf8.utterances.map(\.start))
    }

    @Test("markup and positioning are dropped (capability_tester)")
    func markup() throws {
        let transcript = try ExternalTranscripts.read("vtt_srt/pysrt/capability_tester.srt").transcript
        #expect(!transcript.text.contains("<font") && !transcript.text.contains("{\\an"))
        #expect(transcript.text.contains("This text should be blue"))
    }

    static let goldens: [DialogueParserTests.Golden] = [
        .init(name: "indices, speaker prefixes, merging", input: """
            1
            00:00:01,000 --> 00:00:02,000
            Ana: Hello

            2
            00:00:02,000 --> 00:00:03,500
            Ana: again
            on two lines

            00:00:04,000 --> 00:00:05,000
            Ben: Hi.
            """, expected: ["Ana: Hello again on two lines @1000–3500", "Ben: Hi. @4000–5000"]),
        .init(name: "no blank line between subtitles, CR line ends", input: "1\r00:00:01,000 --> 00:00:02,000\rone\r2\r00:00:02,000 --> 00:00:03,000\rtwo\r",
              expected: ["Speaker: one @1000–2000", "Speaker: two @2000–3000"]),
    ]

    @Test("golden SRT inputs", arguments: goldens)
    func golden(_ golden: DialogueParserTests.Golden) throws {
        let result = try ExternalTranscripts.parse(golden.input, file: "golden.srt", with: SRTParser())
        #expect(ExternalTranscripts.golden(result.transcript) == golden.expected)
        ExternalTranscripts.expectCanonical(result.transcript)
    }

    @Test("merging consecutive cues of one speaker can be turned off")
    func mergingOff() throws {
        let input = try #require(Self.goldens.first).input
        let separate = try ExternalTranscripts.parse(input, file: "golden.srt", with: SRTParser(),
                                                     options: ParserOptions(mergeConsecutiveCues: false))
        #expect(separate.transcript.utterances.map(\.speakerID) == ["Ana", "Ana", "Ben"])
    }

    @Test("detection: .srt by name, a timing line by content")
    func detection() throws {
        #expect(try FormatDetector.detect(ParserInput(file: "a.txt", bytes: Data("1\n00:00:01,000 --> 00:00:02,000\nx\n".utf8))) == .srt)
        let utf16 = try Data(contentsOf: URL(fileURLWithPath: ExternalTranscripts.path("vtt_srt/pysrt/bom-utf-16-le.srt")))
        #expect(try FormatDetector.detect(ParserInput(file: "subtitles.txt", bytes: utf16)) == .srt)
    }
}
