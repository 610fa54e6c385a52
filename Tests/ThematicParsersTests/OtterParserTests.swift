import Foundation
import Testing
import ThematicModel
@testable import ThematicParsers

@Suite("Otter.ai parser")
struct OtterParserTests {
    @Test("detection: .otter by name; an Otter heading on the first line of a .txt or .md file", arguments: [
        ("talk.otter", "Ali  0:00\nHi.\n", TranscriptFormat.otter),
        ("talk.txt", "Unknown Speaker  0:03  \nHi.\n", .otter),
        ("talk.md", "**Sidney**  0:00  \nHi.\n", .otter),
        ("talk.txt", "Interviewer: Hi.\n", .plainText),
        ("talk.md", "**[00:01] SPEAKER_00:** So, hello.\n", .plainText),
        ("talk.txt", "@UTF8\n@Begin\n", .chat),
        ("talk.tsv", "Speaker 1\t00:00:01.000\ttext\n", .plainText),
    ])
    func detection(_ file: String, _ text: String, _ format: TranscriptFormat) throws {
        #expect(try FormatDetector.detect(ParserInput(file: file, bytes: Data(text.utf8))) == format)
    }

    @Test("the footer is metadata, not the last speaker's words; times past the hour")
    func footerAndHours() throws {
        let text = "Emma  59:59\nLast words of the hour.\n\nEmma  1:00:01\nAnd on.\n\nTranscribed by https://otter.ai\n"
        let result = try ExternalTranscripts.parse(text, file: "e.otter", with: OtterParser())
        #expect(result.transcript.origin.format == .otter)
        #expect(result.transcript.metadata["transcribed_by"] == "Transcribed by https://otter.ai")
        #expect(ExternalTranscripts.golden(result.transcript) == [
            "Emma: Last words of the hour. @3599000–3601000", "Emma: And on. @3601000–-",
        ])
    }

    @Test("a real Otter export past the hour (ladybug 59: 1:00:00, 1:07:44)")
    func hourRollover() throws {
        let transcript = try ExternalTranscripts.read("plaintext/otter_style/ladybug_59-21-trends-2021.bold-names-hour-rollover.md").transcript
        #expect(transcript.utterances.contains { $0.start?.milliseconds == 3_600_000 })
        #expect(transcript.utterances.contains { $0.start?.milliseconds == 4_064_000 })
    }
}
