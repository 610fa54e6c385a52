import Testing
import ThematicTestSupport
import ThematicCoding
import ThematicModel

/// A small deterministic generator, so that failures reproduce.
@Suite("Randomised checks")
struct RandomisedTests {
    /// The automaton finds exactly what a naive search over the same folded text finds.
    @Test(arguments: 0..<40)
    func ahoCorasickAgreesWithNaiveSearch(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let pieces = ["a", "b", "ab", "ba", " ", "É", "e", "\u{301}", "-"]
        let text = (0..<Int.random(in: 20...80, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        let keywords = (0..<Int.random(in: 1...8, using: &random)).map { _ in
            (0..<Int.random(in: 1...4, using: &random)).map { _ in ["a", "b", "e", "ab"].randomElement(using: &random)! }.joined()
                + (Bool.random(using: &random) ? "*" : "")
        }
        let folded = FoldedText(text)
        let found = Set(KeywordMatcher(keywords: keywords).matches(in: folded).map { "\($0.keyword)@\($0.span)" })
        var expected = Set<String>()
        for (index, keyword) in keywords.enumerated() {
            let wildcard = keyword.hasSuffix("*")
            let pattern = FoldedText.fold(pattern: wildcard ? String(keyword.dropLast()) : keyword)
            guard !pattern.isEmpty, pattern.count <= folded.scalars.count else { continue }
            for start in 0...(folded.scalars.count - pattern.count) where Array(folded.scalars[start..<start + pattern.count]) == pattern {
                if start > 0, folded.isWord[start - 1] { continue }
                var end = start + pattern.count
                if wildcard {
                    while end < folded.isWord.count, folded.isWord[end] { end += 1 }
                } else if end < folded.isWord.count, folded.isWord[end] {
                    continue
                }
                let span = folded.originalSpan(from: start, to: end)
                expected.insert("\(index)@\(TextSpan(start: span.start, end: span.end))")
            }
        }
        #expect(found == expected, "text \(text.debugDescription), keywords \(keywords)")
    }

    /// Lines inserted or deleted away from a coded line never disturb it.
    @Test(arguments: 0..<40)
    func editsElsewhereKeepASpanUnchanged(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        var lines = (0..<12).map { "P: line \($0) says \(["yes", "no", "maybe"].randomElement(using: &random)!)." }
        let coded = Int.random(in: 0..<lines.count, using: &random)
        lines[coded] = "P: the coded answer, kept."
        let old = lines.joined(separator: "\n") + "\n"
        let span = span(of: "the coded answer, kept.", in: old)
        var edited = lines
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            let index = Int.random(in: 0..<edited.count, using: &random)
            guard edited[index] != "P: the coded answer, kept." else { continue }
            switch Int.random(in: 0..<3, using: &random) {
            case 0: edited.insert("I: an inserted question?", at: index)
            case 1: edited.remove(at: index)
            default: edited[index] = edited[index].replacingOccurrences(of: "says", with: "said")
            }
        }
        let new = edited.joined(separator: "\n") + "\n"
        guard case .moved(let moved) = ReAnchoring(old: old, new: new).anchor(span) else {
            Issue.record("expected an unchanged span for seed \(seed)")
            return
        }
        #expect(slice(new, moved) == "the coded answer, kept.")
    }
}
