import Testing
import ThematicModel
import ThematicTestSupport
@testable import ThematicParsers

/// `TranscriptBuilder.fold` and the scalar count of the canonical text work on UTF-8 bytes in
/// place since issue 16 (with a fast path for text that needs no folding); these tests hold them
/// to a plain scalar-by-scalar oracle on seeded random text.
@Suite("Folding layout white space on bytes agrees with folding scalar by scalar")
struct TranscriptBuilderFoldTests {
    /// The fold as its documentation states it, one scalar at a time.
    static func oracle(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if TranscriptBuilder.isLayoutSpace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    @Test("seeded random text with every kind of space, line break and multi-byte scalar")
    func agreesOnRandomText() {
        var random = SeededGenerator(seed: 1616)
        let pieces = ["a", "word", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
                      "\u{A0}", "\u{2009}", "é", "e\u{301}", "🙂", "🙏🏽", "中文", "\u{C2}", "Â", "â€", "\u{E2}"]
        for _ in 0..<4_000 {
            let text = (0..<random.int(0...10)).map { _ in random.pick(pieces) }.joined()
            let folded = TranscriptBuilder.fold(text)
            #expect(folded == Self.oracle(text), "\(text.debugDescription)")
            #expect(TranscriptBuilder.fold(Substring(text)) == folded)
            #expect(TranscriptBuilder.scalarCount(folded) == folded.unicodeScalars.count)
        }
    }

    @Test("text that needs no folding comes back unchanged", arguments: ["", "a", "a b", "Zoë, café — naïve 🙂", "a\u{A0}b"])
    func unchanged(text: String) {
        #expect(TranscriptBuilder.fold(text) == text)
    }

    @Test("ends and runs are folded", arguments: [(" a", "a"), ("a ", "a"), ("a  b", "a b"), ("a\u{2028}b", "a b"),
                                                 ("\u{85}", ""), ("a \u{85} b", "a b"), ("\t\n", "")])
    func folds(text: String, expected: String) {
        #expect(TranscriptBuilder.fold(text) == expected)
    }
}
