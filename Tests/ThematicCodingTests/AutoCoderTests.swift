import Testing
import ThematicCoding
import ThematicModel

@Suite("Auto-coding rules")
struct AutoCoderTests {
    let sample = transcript("P01", [
        ("I", "Did you trust her?"),
        ("P01", "Not at first. Later I trusted her completely. She was warm."),
        ("I", "And the interpreter?"),
        ("P01", "The interpreter made it hard to trust anyone."),
    ])

    func coded(_ rule: AutoCodingRule, codings: [Coding] = []) throws -> [String] {
        try AutoCoder(rules: [rule]).hits(in: sample, codings: codings).map { slice(sample.text, $0.span) }
    }

    @Test func units() throws {
        let rule = AutoCodingRule(id: "trust", codeID: "trust", keywords: ["trust*"], roles: [.participant], unit: .sentence)
        #expect(try coded(rule) == ["Later I trusted her completely.", "The interpreter made it hard to trust anyone."])
        var match = rule
        match.unit = .match
        #expect(try coded(match) == ["trusted", "trust"])
        var utterance = rule
        utterance.unit = .utterance
        #expect(try coded(utterance) == ["Not at first. Later I trusted her completely. She was warm.",
                                         "The interpreter made it hard to trust anyone."])
        var around = rule
        around.unit = .around(1)
        #expect(try coded(around).first == "Did you trust her?\nP01: Not at first. Later I trusted her completely. She was warm.\nI: And the interpreter?")
    }

    @Test func speakerFilterAndDeduplication() throws {
        let everyone = AutoCodingRule(id: "t", codeID: "trust", keywords: ["trust*", "her"], unit: .utterance)
        #expect(try coded(everyone).count == 3)
        let interviewer = AutoCodingRule(id: "t", codeID: "trust", keywords: ["trust*"], speakers: ["I"], unit: .match)
        #expect(try coded(interviewer) == ["trust"])
    }

    @Test func regularExpressions() throws {
        let rule = AutoCodingRule(id: "warm", codeID: "bond", patterns: [#"\bwarm(th)?\b"#, "COMPLETELY"], unit: .match)
        #expect(try coded(rule) == ["completely", "warm"])
        #expect(throws: CodingError.self) { try AutoCoder(rules: [AutoCodingRule(id: "bad", codeID: "x", patterns: ["(unclosed"])]) }
        #expect(throws: CodingError.self) { try AutoCoder(rules: [AutoCodingRule(id: "empty", codeID: "x")]) }
    }

    @Test func withinAnotherCode() throws {
        let interpreterTurn = sample.utterances[3].span
        let existing = Coding(sourceID: "P01", revision: 1, span: interpreterTurn, codeID: "interpreter/triadic", coderID: "anna")
        let rule = AutoCodingRule(id: "t", codeID: "trust", keywords: ["trust*"], withinCodeID: "interpreter", unit: .match)
        #expect(try coded(rule, codings: [existing]) == ["trust"])
        #expect(try coded(rule) == [])
        // A `within` rule also sees what other rules code in the same run.
        let first = AutoCodingRule(id: "interp", codeID: "interpreter", keywords: ["interpreter"], roles: [.participant], unit: .utterance)
        let hits = try AutoCoder(rules: [rule, first]).hits(in: sample)
        #expect(hits.map(\.ruleID) == ["interp", "t"])
        #expect(Set(hits.map(\.coderID)) == ["auto:t", "auto:interp"])
    }

    @Test func matchesInLabelsAreIgnored() throws {
        let rule = AutoCodingRule(id: "p", codeID: "x", keywords: ["P01", "I"], unit: .match)
        #expect(try coded(rule) == ["I"])
    }
}
