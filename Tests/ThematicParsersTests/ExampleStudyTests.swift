import Foundation
import Testing
import ThematicModel
import ThematicParsers
import ThematicTestSupport

/// The bundled example study, read as a user's `thematic ingest` reads it. Expected values were
/// established by reading the transcript files.
@Suite("The bundled example study parses")
struct ExampleStudyTests {
    struct Expected: Sendable, CustomStringConvertible {
        var id: String
        var speakers: [String]
        var utterances: Int
        var firstText: String
        var lastText: String
        var lastStart: Int
        var duration: Int
        var description: String { id }
    }

    static let transcripts: [Expected] = [
        Expected(id: "P01", speakers: ["Interviewer", "P01"], utterances: 45,
                 firstText: "Thank you for coming in today. Before we start properly, is there anything about the consent form or the recording you'd like to ask?",
                 lastText: "I'll stop the recording now.", lastStart: 22 * 60_000 + 21_000, duration: 22 * 60_000 + 47_000),
        Expected(id: "P05", speakers: ["Interviewer", "P05", "Interpreter"], utterances: 66,
                 firstText: "", lastText: "", lastStart: 0, duration: 30 * 60_000 + 41_000),
        Expected(id: "P06", speakers: ["Interviewer", "P06", "Interpreter"], utterances: 63,
                 firstText: "", lastText: "", lastStart: 0, duration: 27 * 60_000 + 51_000),
    ]

    @Test("speakers, utterances, times and duration", arguments: transcripts)
    func transcript(expected: Expected) throws {
        let result = try TranscriptReader().read(contentsOf: TestPaths.exampleTranscript(expected.id))
        let transcript = result.transcript
        #expect(result.warnings.isEmpty)
        #expect(transcript.id == expected.id)
        #expect(transcript.origin.format == .plainText)
        #expect(transcript.speakers.map(\.id) == expected.speakers)
        #expect(transcript.utterances.count == expected.utterances)
        #expect(transcript.duration?.milliseconds == expected.duration)
        #expect(transcript.metadata["participant"] == expected.id)
        let index = TextIndex(transcript.text)
        if !expected.firstText.isEmpty {
            #expect(String(index.slice(transcript.utterances[0].span)) == expected.firstText)
            #expect(transcript.utterances[0].start == Timecode(milliseconds: 4_000))
            #expect(String(index.slice(transcript.utterances.last!.span)) == expected.lastText)
            #expect(transcript.utterances.last!.start?.milliseconds == expected.lastStart)
        }
        // Every utterance is one line `Label: content` of the canonical text.
        for utterance in transcript.utterances {
            #expect(utterance.labelSpan.end + 2 == utterance.span.start)
            #expect(String(index.slice(utterance.labelSpan)) == utterance.speakerID)
        }
        #expect(transcript.text.split(separator: "\n").count == transcript.utterances.count)
    }

    @Test("interpreter-mediated interviews give the interpreter its role, and keep Spanish and Arabic as written")
    func interpreters() throws {
        let p05 = try TranscriptReader().read(contentsOf: TestPaths.exampleTranscript("P05")).transcript
        #expect(p05.speaker(id: "Interpreter")?.role == .interpreter)
        #expect(p05.speaker(id: "Interviewer")?.role == .interviewer)
        #expect(p05.speaker(id: "P05")?.role == .participant)
        #expect(p05.text.contains("¿"))
        let p06 = try TranscriptReader().read(contentsOf: TestPaths.exampleTranscript("P06")).transcript
        #expect(p06.text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) })
    }
}
