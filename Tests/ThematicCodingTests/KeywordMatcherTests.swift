import Testing
import ThematicCoding
import ThematicModel

@Suite("Keyword matcher (Aho–Corasick)")
struct KeywordMatcherTests {
    func found(_ keywords: [String], in text: String) -> [String] {
        KeywordMatcher(keywords: keywords).matches(in: FoldedText(text)).map { "\(keywords[$0.keyword])=\(slice(text, $0.span))" }
    }

    @Test func caseAndDiacriticInsensitive() {
        #expect(found(["cafe", "naive"], in: "At the CAFÉ she was naïve.") == ["cafe=CAFÉ", "naive=naïve"])
        // A decomposed é (e + combining acute) is one letter too, and the span keeps the mark.
        #expect(found(["cafe"], in: "Cafe\u{301} noir") == ["cafe=Cafe\u{301}"])
    }

    @Test func wholeWordsOnly() {
        #expect(found(["trust"], in: "Trust, distrust, trusted, trust.") == ["trust=Trust", "trust=trust"])
    }

    @Test func wildcardExtendsToWordEnd() {
        #expect(found(["trust*"], in: "Trust, distrust, trustworthy.") == ["trust*=Trust", "trust*=trustworthy"])
    }

    @Test func phrasesAndOverlaps() {
        let text = "I felt safe, then I felt  safe again; safety"
        #expect(found(["felt safe", "safe", "safe*"], in: text) == [
            "felt safe=felt safe", "safe=safe", "safe*=safe",
            "felt safe=felt  safe", "safe=safe", "safe*=safe",
            "safe*=safety",
        ])
    }

    @Test func sharedSuffixesUseFailureLinks() {
        #expect(found(["he", "she", "his", "hers"], in: "ushers she his") == ["she=she", "his=his"])
        #expect(found(["he", "she", "hers", "e"], in: "he, hers and she") == ["he=he", "hers=hers", "she=she"])
        #expect(found(["a b", "b c"], in: "a b c") == ["a b=a b", "b c=b c"])
    }

    @Test func offsetsAreUnicodeScalars() {
        let text = "🙂 Vertrauen, ja: VERTRAUEN"
        let matches = KeywordMatcher(keywords: ["vertrauen"]).matches(in: FoldedText(text))
        #expect(matches.map(\.span) == [TextSpan(start: 2, end: 11), TextSpan(start: 17, end: 26)])
    }

    @Test func manyKeywords() {
        let keywords = (0..<5_000).map { "term\($0)" } + ["alliance"]
        let matches = KeywordMatcher(keywords: keywords).matches(in: FoldedText("the term4999 and the Alliance, term12x"))
        #expect(matches.map(\.keyword) == [4999, 5000])
    }
}
