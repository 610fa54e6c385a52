import Foundation
import Testing
import ThematicModel
@testable import ThematicParsers

@Suite("EXMARaLDA parser")
struct EXMARaLDAParserTests {
    @Test("points without time are interpolated in timeline order; gaps split utterances")
    func interpolation() throws {
        let transcript = try ExternalTranscripts.read("exmaralda/ExmaraldaR_Example_basic.exb").transcript
        // T0 = 0 s and T8 = 2 s with ten untimed points between: T2, the seventh point, is at 6/11 × 2 s.
        #expect(transcript.utterances[0].end?.milliseconds == 1091)
        #expect(transcript.content(1) == "showing how it works|right")
        #expect(transcript.utterances[1].speakerID == "SPK2")
        #expect(transcript.content(2) == "right|and maybe proving that it works at all|")
        #expect(transcript.utterances[0].location == SourceLocation(file: ExternalTranscripts.path("exmaralda/ExmaraldaR_Example_basic.exb"), line: 49, column: 78))
    }

    @Test("description and annotation tiers become annotations")
    func otherTiers() throws {
        let beckhams = try ExternalTranscripts.read("exmaralda/Beckhams.exb").transcript
        #expect(beckhams.annotations.count == 5)
        #expect(beckhams.speakers.map(\.id) == ["PAR", "VIC", "DAV"])
        let multi = try ExternalTranscripts.read("exmaralda/ExmaraldaR_Example_multi.exb").transcript
        #expect(multi.annotations.count == 10)
        #expect(multi.annotations.allSatisfy { $0.utteranceIndex != nil })
    }
}
