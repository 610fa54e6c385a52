import Testing
import ThematicModel
@testable import ThematicParsers

@Suite("Building canonical text")
struct TranscriptBuilderTests {
    private func build(_ steps: (inout TranscriptBuilder) -> Void) -> Transcript {
        var builder = TranscriptBuilder(file: "t.txt")
        steps(&builder)
        return builder.build(id: "t", title: "t", metadata: [:],
                             origin: TranscriptOrigin(format: .plainText, fileName: "t.txt", sha256: ""), inferEnds: true)
    }

    @Test("one utterance a line, spans over label and content in scalars")
    func rendering() {
        let transcript = build { builder in
            builder.addUtterance(label: "Interviewer", content: "  Wie geht's? 🙂 ", start: Timecode(milliseconds: 1000),
                                 at: SourceLocation(file: "t.txt", line: 1))
            builder.addUtterance(label: "P01", content: "Gut,\n   danke.", start: Timecode(milliseconds: 4000),
                                 at: SourceLocation(file: "t.txt", line: 2))
        }
        #expect(transcript.text == "Interviewer: Wie geht's? 🙂\nP01: Gut, danke.\n")
        let index = TextIndex(transcript.text)
        #expect(transcript.utterances.map { String(index.slice($0.span)) } == ["Wie geht's? 🙂", "Gut, danke."])
        #expect(transcript.utterances.map { String(index.slice($0.labelSpan)) } == ["Interviewer", "P01"])
        // "Wie geht's? 🙂" is 13 scalars (🙂 is one): the content ends at 26, the second line starts at 27.
        #expect(transcript.utterances[0].span == TextSpan(start: 13, end: 26))
        #expect(transcript.utterances[1].labelSpan == TextSpan(start: 27, end: 30))
        #expect(transcript.utterances[0].end == Timecode(milliseconds: 4000))
        #expect(transcript.utterances[1].end == nil)
    }

    @Test("labels that differ only in case or spacing are one speaker; no-break spaces are kept")
    func speakersMerge() {
        let transcript = build { builder in
            for label in ["Interviewer 1", "INTERVIEWER1", "interviewer  1", "Tom"] {
                builder.addUtterance(label: label, content: "x\u{00A0}y", at: SourceLocation(file: "t.txt", line: 1))
            }
        }
        #expect(transcript.speakers.map(\.id) == ["Interviewer 1", "Tom"])
        #expect(transcript.speakers.map(\.role) == [.interviewer, .participant])
        #expect(transcript.utterances.map(\.speakerID) == ["Interviewer 1", "Interviewer 1", "Interviewer 1", "Tom"])
        #expect(transcript.text.contains("x\u{00A0}y"))
    }

    @Test("continuation lines extend the last utterance and its span")
    func continuation() {
        let transcript = build { builder in
            builder.addUtterance(label: "A", content: "first", at: SourceLocation(file: "t.txt", line: 1))
            builder.continueLastUtterance(with: "  second line ")
            builder.continueLastUtterance(with: "")
        }
        #expect(transcript.text == "A: first second line\n")
        #expect(transcript.utterances[0].span == TextSpan(start: 3, end: 20))
    }

    @Test("user roles win over guesses")
    func roles() {
        var builder = TranscriptBuilder(file: "t.txt", roles: [SpeakerLabel.key("R"): .participant,
                                                               SpeakerLabel.key("T"): .interpreter])
        builder.speaker(label: "R")
        builder.speaker(label: "T")
        builder.speaker(label: "I")
        let transcript = builder.build(id: "t", title: "t", metadata: [:],
                                       origin: TranscriptOrigin(format: .plainText, fileName: "t", sha256: ""))
        #expect(transcript.speakers.map(\.role) == [.participant, .interpreter, .interviewer])
    }
}
