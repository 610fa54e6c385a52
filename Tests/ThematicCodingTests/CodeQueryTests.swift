import Testing
import ThematicCoding
import ThematicModel

@Suite("Code queries")
struct CodeQueryTests {
    let codebook = Codebook(codes: [
        Code(id: "alliance", name: "A", isCodable: false), Code(id: "alliance/bond", name: "B"),
        Code(id: "alliance/bond/trust", name: "T"), Code(id: "alliance/goals", name: "G"),
        Code(id: "alliance/tasks", name: "K"), Code(id: "interpreter", name: "I"),
        Code(id: "interpreter/trust", name: "IT"),
    ])

    @Test func parsesWithPrecedence() throws {
        let query = try CodeQuery(parsing: "alliance/bond/trust AND (goals OR tasks) AND NOT interpreter")
        #expect(query == .and(.and(.code("alliance/bond/trust"), .or(.code("goals"), .code("tasks"))), .not(.code("interpreter"))))
        #expect(try CodeQuery(parsing: "a or b and not c") == .or(.code("a"), .and(.code("b"), .not(.code("c")))))
        #expect(try CodeQuery(parsing: "a or b and not c").description == "a OR (b AND NOT c)")
    }

    @Test(arguments: [("a AND", 5), ("(a OR b", 7), ("a b", 2), ("AND a", 0), (")", 0), ("", 0)])
    func rejectsMalformed(query: String, offset: Int) {
        #expect {
            try CodeQuery(parsing: query)
        } throws: { error in
            guard case CodingError.malformedQuery(_, _, let at) = error else { return false }
            return at == offset
        }
    }

    @Test func resolvesShortNames() throws {
        let query = try CodeQuery(parsing: "goals OR bond").resolved(in: codebook)
        #expect(query == .or(.code("alliance/goals"), .code("alliance/bond")))
        #expect(throws: CodingError.ambiguousCode("trust", candidates: ["alliance/bond/trust", "interpreter/trust"])) {
            try CodeQuery(parsing: "trust").resolved(in: codebook)
        }
        #expect(throws: CodingError.unknownCode("nope")) { try CodeQuery(parsing: "nope").resolved(in: codebook) }
    }

    @Test func descendantsUnlessExact() throws {
        let query = try CodeQuery(parsing: "alliance/bond AND NOT interpreter")
        #expect(query.matches(["alliance/bond/trust"]))
        #expect(!query.matches(["alliance/bond/trust"], exact: true))
        #expect(!query.matches(["alliance/bond", "interpreter/trust"]))
        #expect(query.matches(["alliance/bond", "interpreter-x"]))
    }

    @Test func retrievalPerUtterance() throws {
        let sample = transcript("P01", [("I", "Q one"), ("P01", "trust and goals"), ("I", "Q two"), ("P01", "only trust")])
        let codings = [
            Coding(sourceID: "P01", revision: 1, span: sample.utterances[1].span, codeID: "alliance/bond/trust", coderID: "anna"),
            Coding(sourceID: "P01", revision: 1, span: span(of: "goals", in: sample.text), codeID: "alliance/goals", coderID: "ben"),
            Coding(sourceID: "P01", revision: 1, span: sample.utterances[3].span, codeID: "alliance/bond/trust", coderID: "ben"),
        ]
        let both = Retrieval(query: try CodeQuery(parsing: "alliance/bond AND alliance/goals"))
        #expect(both.segments(in: sample, codings: codings).map(\.utterance) == [2])
        let trust = Retrieval(query: .code("alliance/bond/trust"), coders: ["ben"], context: 1)
        let segments = trust.segments(in: sample, codings: codings)
        #expect(segments.map(\.utterance) == [3, 4])
        #expect(segments.map(\.isContext) == [true, false])
        #expect(segments[1].text == "only trust")
        let interviewer = Retrieval(query: .not(.code("alliance")), roles: [.interviewer])
        #expect(interviewer.segments(in: sample, codings: codings).map(\.utterance) == [1, 3])
    }
}
