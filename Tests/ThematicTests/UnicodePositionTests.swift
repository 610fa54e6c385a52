import Foundation
import Testing
import Thematic
import ThematicTestSupport

/// The position rule end to end: a file with a BOM, CRLF line endings, astral emoji, combining
/// sequences and CJK is parsed, stored and read back, and every offset is a Unicode scalar offset.
@Suite("Positions survive Unicode, CRLF and BOMs through the store")
struct UnicodePositionTests {
    static let lines = [
        "Interviewer: Zoe\u{0308} sent 🙏🏽 — how did that land?",
        "P01: 很好。Jose\u{0301} said 👩‍👩‍👧 and I laughed.",
        "  It felt like repair.",
        "Interpreter: ‘She says it felt like repair.’",
    ]

    @Test("offsets are scalars of the canonical text and round-trip exactly")
    func roundTrip() throws {
        let folder = TemporaryFolder()
        let file = try folder.write("P01.txt", [0xEF, 0xBB, 0xBF] + Array(Self.lines.joined(separator: "\r\n").utf8) + [0x0D, 0x0A])
        let project = try Project.create(at: folder.path("u.thematic"), actor: "anna")
        _ = try project.ingest([file])
        let stored = try project.transcript(id: "P01")
        let parsed = try TranscriptFile.read(file).transcript

        // What a careful reader of the file expects, counted by hand in scalars.
        let first = "Zoe\u{0308} sent 🙏🏽 — how did that land?"
        let second = "很好。Jose\u{0301} said 👩‍👩‍👧 and I laughed. It felt like repair."
        let third = "‘She says it felt like repair.’"
        #expect(stored.text == "Interviewer: \(first)\nP01: \(second)\nInterpreter: \(third)\n")
        let firstStart = "Interviewer: ".unicodeScalars.count
        let secondLine = firstStart + first.unicodeScalars.count + 1
        #expect(stored.utterances.map(\.span) == [
            TextSpan(start: firstStart, end: firstStart + first.unicodeScalars.count),
            TextSpan(start: secondLine + 5, end: secondLine + 5 + second.unicodeScalars.count),
            TextSpan(start: secondLine + 5 + second.unicodeScalars.count + 1 + 13,
                     end: secondLine + 5 + second.unicodeScalars.count + 1 + 13 + third.unicodeScalars.count),
        ])
        // 🙏🏽 is two scalars but one Character: String.count would be off by one here.
        #expect(first.count == first.unicodeScalars.count - 2)

        let scalars = Array(stored.text.unicodeScalars)
        for (utterance, expected) in zip(stored.utterances, [first, second, third]) {
            let slice = String(String.UnicodeScalarView(scalars[utterance.span.start..<utterance.span.end]))
            #expect(slice == expected)
        }
        // The store gives back exactly what the parser made; locations keep line and column and
        // name the file by its name (the folder it was ingested from is not part of the study).
        var expected = parsed
        for index in expected.utterances.indices { expected.utterances[index].location.file = "P01.txt" }
        #expect(stored == expected)
        // Locations point into the original file: line 4 holds the interpreter's turn.
        #expect(stored.utterances.map(\.location.line) == [1, 2, 4])
        // UTF-16 offsets, for vendors that count that way, are derived, never stored.
        let index = TextIndex(stored.text)
        #expect(index.utf16Offset(ofScalar: stored.utterances[1].span.end)
                == stored.text.unicodeScalars.prefix(stored.utterances[1].span.end).reduce(0) { $0 + $1.utf16.count })
    }
}
