import Testing
import ThematicCoding
import ThematicModel

/// Edits before, inside, across and after a coded span, on whole lines and within lines.
@Suite("Re-anchoring codings on a corrected text")
struct ReAnchoringTests {
    static let old = """
        I: How did it start?
        P: I did not trust her at first. It took months.
        I: What changed?
        P: She remembered my sister's name.

        """
    static let coded = "I did not trust her at first."

    enum Expected: Equatable { case moved(String), edited(String), lost }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var new: String
        var expected: Expected
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unchanged", new: old, expected: .moved(coded)),
        Case(name: "line inserted before", new: "I: Hello.\n" + old, expected: .moved(coded)),
        Case(name: "line deleted before", new: String(old.drop(while: { $0 != "\n" }).dropFirst()), expected: .moved(coded)),
        Case(name: "word edited before on the same line", new: old.replacingOccurrences(of: "P: I did", with: "P:  I did"), expected: .moved(coded)),
        Case(name: "line inserted after", new: old.replacingOccurrences(of: "I: What changed?", with: "I: Go on.\nI: What changed?"), expected: .moved(coded)),
        Case(name: "line deleted after", new: old.replacingOccurrences(of: "I: What changed?\n", with: ""), expected: .moved(coded)),
        Case(name: "text edited after on the same line", new: old.replacingOccurrences(of: "It took months.", with: "It took a year."), expected: .moved(coded)),
        Case(name: "word edited inside", new: old.replacingOccurrences(of: "trust her", with: "trust him"), expected: .edited("I did not trust him at first.")),
        Case(name: "words inserted inside", new: old.replacingOccurrences(of: "not trust", with: "not really trust"), expected: .edited("I did not really trust her at first.")),
        Case(name: "words deleted inside", new: old.replacingOccurrences(of: " at first", with: ""), expected: .edited("I did not trust her.")),
        Case(name: "start deleted", new: old.replacingOccurrences(of: "I did not trust", with: "Trust"), expected: .edited("Trust her at first.")),
        Case(name: "across the end", new: old.replacingOccurrences(of: "first. It took", with: "first, it took"), expected: .edited("I did not trust her at first,")),
        Case(name: "all deleted", new: old.replacingOccurrences(of: "I did not trust her at first. ", with: ""), expected: .lost),
        Case(name: "whole line deleted", new: old.replacingOccurrences(of: "P: I did not trust her at first. It took months.\n", with: ""), expected: .lost),
    ]

    @Test(arguments: cases)
    func anchors(_ example: Case) {
        let span = span(of: Self.coded, in: Self.old)
        let outcome = ReAnchoring(old: Self.old, new: example.new).anchor(span)
        switch outcome {
        case .moved(let moved): #expect(Expected.moved(slice(example.new, moved)) == example.expected)
        case .edited(let moved): #expect(Expected.edited(slice(example.new, moved)) == example.expected)
        case .lost: #expect(Expected.lost == example.expected)
        }
    }

    /// A span over three lines (from the first answer to the second), edited in its middle.
    @Test(arguments: [
        ("line inserted inside", "I: What changed?\n", "I: What changed?\nI: Tell me more.\n", true),
        ("line deleted inside", "I: What changed?\n", "", true),
        ("line edited inside", "What changed?", "What was different?", true),
        ("line deleted across the start", "I: How did it start?\nP: I did not trust", "P: Trust", true),
        ("line inserted before", "I: How did it start?\n", "I: Hello.\nI: How did it start?\n", false),
    ])
    func severalLines(name: String, replace: String, with replacement: String, edited: Bool) {
        let span = TextSpan(start: span(of: "I did not", in: Self.old).start, end: span(of: "sister's name.", in: Self.old).end)
        let new = Self.old.replacingOccurrences(of: replace, with: replacement)
        switch ReAnchoring(old: Self.old, new: new).anchor(span) {
        case .moved(let moved):
            #expect(!edited, "\(name)")
            #expect(slice(new, moved) == slice(Self.old, span))
        case .edited(let moved):
            #expect(edited, "\(name)")
            #expect(slice(new, moved).hasSuffix("P: She remembered my sister's name."), "\(name)")
            #expect(slice(new, moved).contains("rust her at first."), "\(name)")
            #expect(slice(new, moved).first?.isWhitespace == false, "\(name)")
        case .lost:
            Issue.record("\(name): lost")
        }
    }

    @Test func spanCoveringSeveralLines() {
        let span = TextSpan(start: span(of: "I did not", in: Self.old).start, end: span(of: "sister's name.", in: Self.old).end)
        let new = "I: Hi.\n" + Self.old.replacingOccurrences(of: "What changed?", with: "What changed, then?")
        guard case .edited(let moved) = ReAnchoring(old: Self.old, new: new).anchor(span) else {
            Issue.record("expected an edited span")
            return
        }
        #expect(slice(new, moved).hasPrefix("I did not trust"))
        #expect(slice(new, moved).hasSuffix("What changed, then?\nP: She remembered my sister's name."))
    }
}
