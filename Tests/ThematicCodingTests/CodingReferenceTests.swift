import Testing
import ThematicCoding
import ThematicModel

@Suite("Segment references")
struct CodingReferenceTests {
    let sample = transcript("P01", [("I", "How was it?"), ("P01", "Good."), ("I", "And then?"), ("P01", "Better.")])

    @Test(arguments: [
        ("P01:2", "Good."),
        ("P01:2-4", "Good.\nI: And then?\nP01: Better."),
        ("P01@0-3", "I: "),
    ])
    func resolves(reference: String, text: String) throws {
        let parsed = try CodingReference(parsing: reference)
        #expect(parsed.sourceID == "P01")
        #expect(slice(sample.text, try parsed.span(in: sample)) == text)
        #expect(parsed.description == reference)
    }

    @Test(arguments: ["P01", "P01:", ":3", "P01:0", "P01:4-2", "P01@5-5", "P01@a-9", "P01:1-2-3"])
    func rejectsMalformed(reference: String) {
        #expect(throws: CodingError.self) { try CodingReference(parsing: reference) }
    }

    @Test func rejectsOutOfRange() throws {
        #expect(throws: CodingError.utteranceOutOfRange(sourceID: "P01", utterance: 5, count: 4)) {
            try CodingReference(parsing: "P01:3-5").span(in: sample)
        }
        let length = sample.text.unicodeScalars.count
        #expect(throws: CodingError.characterRangeOutOfRange(sourceID: "P01", start: 1, end: length + 1, length: length)) {
            try CodingReference(parsing: "P01@1-\(length + 1)").span(in: sample)
        }
    }
}
