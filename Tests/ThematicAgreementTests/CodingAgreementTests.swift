import Foundation
import Testing
import ThematicAgreement
import ThematicModel

/// Agreement on codings, worked out by hand at every unit. The source (ASCII, so offsets are
/// easy to count):
///
///     I: Do you trust her?            u1  17 characters of content
///     P: Yes. I trust her a lot.      u2  23  (sentences "Yes." / "I trust her a lot.")
///     T: He says yes.                 u3  12  (the interpreter)
///     P: No homework. Never.          u4  19  (sentences "No homework." / "Never.")
///
/// trust: anna codes all of u2, ben only "I trust her". homework: anna codes the word
/// "homework", ben all of u3.
@Suite struct CodingAgreementTests {
    static let lines = ["I: Do you trust her?", "P: Yes. I trust her a lot.", "T: He says yes.", "P: No homework. Never."]
    static let text = lines.joined(separator: "\n") + "\n"

    /// The span of the first occurrence of `phrase` (after `from`).
    static func span(_ phrase: String, after from: String = "") -> TextSpan {
        let base = from.isEmpty ? text.startIndex : text.range(of: from)!.lowerBound
        let range = text.range(of: phrase, range: base..<text.endIndex)!
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return TextSpan(start: start, end: start + phrase.unicodeScalars.count)
    }

    static let contents = ["Do you trust her?", "Yes. I trust her a lot.", "He says yes.", "No homework. Never."]
    static let sentences = [["Do you trust her?"], ["Yes.", "I trust her a lot."], ["He says yes."], ["No homework.", "Never."]]

    static func units(_ unit: AgreementUnit, skip: Set<Int> = []) -> [AgreementUnitSpan] {
        contents.enumerated().filter { !skip.contains($0.offset + 1) }.flatMap { number, content in
            let pieces = unit == .sentence ? sentences[number] : [content]
            return pieces.map { AgreementUnitSpan(span: span($0, after: content), utterance: number + 1) }
        }
    }

    static func coding(_ phrase: String, after: String = "", code: String, coder: String, source: String = "S1") -> Coding {
        Coding(sourceID: source, revision: 1, span: span(phrase, after: after), codeID: code, coderID: coder)
    }

    static let codings = [
        coding("Yes. I trust her a lot.", code: "trust", coder: "anna"),
        coding("I trust her", code: "trust", coder: "ben"),
        coding("homework", code: "homework", coder: "anna"),
        coding("He says yes.", code: "homework", coder: "ben"),
    ]

    static func report(_ unit: AgreementUnit, coders: [String] = ["anna", "ben"], codings: [Coding] = codings,
                       skip: Set<Int> = [], disagreements: Bool = false) -> CodingAgreementReport {
        CodingAgreement(coders: coders.map(CoderSelection.init), unit: unit, codes: ["trust", "homework"],
                        listDisagreements: disagreements)
            .compute([AgreementSource(id: "S1", text: text, units: units(unit, skip: skip), codings: codings)])
    }

    static func value(_ cell: AgreementCell?, _ kind: AgreementStatistic.Kind) -> Double? {
        cell?.statistic(kind)?.value
    }

    static func close(_ value: Double?, _ expected: Double) -> Bool {
        guard let value else { return false }
        return abs(value - expected) < 1e-12
    }

    /// Utterances: trust anna 0100 / ben 0100 → κ = α = 1. homework anna 0001 / ben 0010:
    /// p_o = 1/2, p_e = 9/16 + 1/16, κ = (1/2 − 5/8)/(3/8) = −1/3, α = 1 − (7/8)(4/3) = −1/6.
    /// Pooled (8 decisions): p_o = 6/8, p_e = 5/8, κ = 1/3.
    @Test func utteranceUnit() {
        let report = Self.report(.utterance)
        let trust = report.perCode[0], homework = report.perCode[1]
        #expect(trust.decisions == 4 && trust.coded == ["anna": 1, "ben": 1] && trust.codedByAll == 1)
        #expect(Self.close(Self.value(trust, .cohenKappa), 1) && Self.close(Self.value(trust, .krippendorffAlpha), 1))
        #expect(Self.close(Self.value(homework, .percentAgreement), 0.5))
        #expect(Self.close(Self.value(homework, .cohenKappa), -1.0 / 3))
        #expect(Self.close(Self.value(homework, .krippendorffAlpha), -1.0 / 6))
        let pooled = report.overall.pooled
        #expect(pooled.decisions == 8 && pooled.aggregation == "pooled over codes and sources")
        #expect(Self.close(Self.value(pooled, .cohenKappa), 1.0 / 3))
        let meanKappa = report.overall.meanOfCodes.first { $0.kind == .cohenKappa }!
        #expect(Self.close(meanKappa.value, (1 - 1.0 / 3) / 2) && meanKappa.codes == 2 && meanKappa.notComputable == 0)
        #expect(report.perSource.count == 1 && report.perCodeAndSource.count == 2)
        #expect(report.perSource[0].statistics == pooled.statistics)
        #expect(report.sources == [.init(id: "S1", units: 4)])
    }

    /// Sentences: trust anna 011000 / ben 001000: p_o = 5/6, p_e = (4·5 + 2·1)/36, κ = 8/14 = 4/7.
    /// homework anna 000010 / ben 000100: p_o = 4/6, p_e = 26/36, κ = −2/10.
    @Test func sentenceUnit() {
        let report = Self.report(.sentence)
        #expect(report.sources == [.init(id: "S1", units: 6)])
        #expect(Self.close(Self.value(report.perCode[0], .cohenKappa), 4.0 / 7))
        #expect(Self.close(Self.value(report.perCode[1], .cohenKappa), -0.2))
        #expect(report.perCode[0].coded == ["anna": 2, "ben": 1])
    }

    /// Characters (71 of content): trust both 11, anna only 12, neither 48:
    /// p_o = 59/71, p_e = (48·60 + 23·11)/71², κ = (4189 − 3133)/(5041 − 3133) = 88/159.
    /// homework anna 8, ben 12, no overlap: p_o = 51/71, p_e = (63·59 + 8·12)/71², κ = −192/1228 = −48/307.
    @Test func characterUnit() {
        let report = Self.report(.character, disagreements: true)
        let trust = report.perCode[0], homework = report.perCode[1]
        #expect(report.sources == [.init(id: "S1", units: 71)])
        #expect(trust.decisions == 71 && trust.coded == ["anna": 23, "ben": 11] && trust.codedByAll == 11)
        #expect(Self.close(Self.value(trust, .cohenKappa), 88.0 / 159))
        #expect(Self.close(Self.value(trust, .percentAgreement), 59.0 / 71))
        #expect(Self.close(Self.value(homework, .cohenKappa), -48.0 / 307))
        // The character unit equals the same data with one unit per character.
        let expanded = ReliabilityData(coders: ["anna", "ben"], categories: [.number(0), .number(1)],
                                       values: (0..<71).flatMap { i -> [Int32] in
                                           i < 17 ? [0, 0] : i < 22 ? [1, 0] : i < 33 ? [1, 1] : i < 40 ? [1, 0] : [0, 0]
                                       })
        #expect(Self.close(Self.value(trust, .krippendorffAlpha), KrippendorffAlpha.compute(expanded, metric: .nominal).value!))
        // Disagreements, down the transcript: trust "Yes. " and " a lot." (anna only), homework
        // "He says yes." (ben only) and "homework" (anna only).
        let listed = report.disagreements!.map { "\($0.code) \($0.utterance) [\($0.text)] \($0.codedBy) \($0.notCodedBy)" }
        #expect(listed == [
            "trust 2 [Yes. ] [\"anna\"] [\"ben\"]", "trust 2 [ a lot.] [\"anna\"] [\"ben\"]",
            "homework 3 [He says yes.] [\"ben\"] [\"anna\"]", "homework 4 [homework] [\"anna\"] [\"ben\"]",
        ])
        #expect(report.disagreements!.map(\.span) == [Self.span("Yes. "), Self.span(" a lot."), Self.span("He says yes."),
                                                      Self.span("homework")])
    }

    /// Leaving u3 out (the interpreter): homework anna 001 / ben 000 over u1, u2, u4: p_o = 2/3,
    /// p_e = (2/3)·1 = 2/3, κ = 0; at the character level ben's coding falls outside every unit.
    @Test func excludedUtterances() {
        let report = Self.report(.utterance, skip: [3])
        #expect(Self.close(Self.value(report.perCode[1], .cohenKappa), 0))
        #expect(report.perCode[1].coded == ["anna": 1, "ben": 0])
        let characters = Self.report(.character, skip: [3])
        #expect(characters.perCode[1].decisions == 59 && characters.perCode[1].coded["ben"] == 0)
    }

    /// Three coders: cara codes trust on u1 and u2. trust anna 0100, ben 0100, cara 1100:
    /// unit 1 has 1 agreeing pair of 3, the others all agree: p_a = (1/3 + 3)/4 = 5/6;
    /// Fleiss P̄_e = (1/3)² + (2/3)² = 5/9, κ = (5/6 − 5/9)/(4/9) = 5/8;
    /// α: o₀₀ = 1 + 3 + 3 = 7, o₀₁ = o₁₀ = 1, o₁₁ = 3; n₀ = 8, n₁ = 4; α = 1 − 11·2/(144 − 80) = 21/32.
    @Test func threeCoders() {
        let codings = Self.codings + [Self.coding("Do you trust her?", code: "trust", coder: "cara"),
                                      Self.coding("Yes. I trust her a lot.", code: "trust", coder: "cara")]
        let report = Self.report(.utterance, coders: ["anna", "ben", "cara"], codings: codings)
        let trust = report.perCode[0]
        #expect(Self.close(Self.value(trust, .percentAgreement), 5.0 / 6))
        #expect(Self.close(Self.value(trust, .fleissKappa), 5.0 / 8))
        #expect(Self.close(Self.value(trust, .krippendorffAlpha), 21.0 / 32))
        #expect(trust.statistic(.cohenKappa)?.notComputable?.contains("exactly two coders") == true)
        // cara coded the source (trust), so her homework values are "not coded", not missing.
        #expect(report.perCode[1].coded["cara"] == 0 && report.perCode[1].statistic(.fleissKappa)?.units == 4)
    }

    /// A coder who coded nothing in a source is missing there: the source's own cells are not
    /// computable, and the pooled values are those of the other source — except Gwet's AC1, whose
    /// category shares π count every unit with a value (Gwet 2008). homework pooled: S1 anna 0001,
    /// ben 0010, S2 anna 0000 alone; p_a = 1/2 (S1); π₁ = (½ + ½)/8 = 1/8, p_e = 2·(1/8)(7/8) = 7/32,
    /// AC1 = (1/2 − 7/32)/(25/32) = 9/25. S1 alone: π₁ = 1/4, p_e = 3/8, AC1 = 1/5.
    @Test func missingCoderInASource() {
        let second = AgreementSource(id: "S2", text: Self.text, units: Self.units(.utterance),
                                     codings: [Self.coding("Do you trust her?", code: "trust", coder: "anna", source: "S2")])
        let first = AgreementSource(id: "S1", text: Self.text, units: Self.units(.utterance), codings: Self.codings)
        let agreement = CodingAgreement(coders: [CoderSelection("anna"), CoderSelection("ben")], unit: .utterance, codes: ["trust", "homework"])
        let both = agreement.compute([first, second])
        let alone = agreement.compute([first])
        #expect(both.notes == ["ben made no coding in S2: their values there are missing, not 'not coded'"])
        for (pooled, single) in zip(both.perCode, alone.perCode) {
            #expect(pooled.statistics.filter { $0.kind != .gwetAC1 } == single.statistics.filter { $0.kind != .gwetAC1 })
        }
        #expect(Self.close(Self.value(both.perCode[1], .gwetAC1), 9.0 / 25))
        #expect(Self.close(Self.value(alone.perCode[1], .gwetAC1), 1.0 / 5))
        let s2 = both.perSource[1]
        #expect(s2.statistic(.percentAgreement)?.notComputable == "no unit was coded by two or more coders")
        #expect(s2.statistic(.krippendorffAlpha)?.value == nil)
    }

    /// No variation: neither coder used a code → κ and α not computable, agreement 100%, AC1 1.
    @Test func unusedCodeIsNotComputable() {
        let report = CodingAgreement(coders: [CoderSelection("anna"), CoderSelection("ben")], unit: .sentence, codes: ["never-used"])
            .compute([AgreementSource(id: "S1", text: Self.text, units: Self.units(.sentence), codings: Self.codings)])
        let cell = report.perCode[0]
        #expect(cell.statistic(.percentAgreement)?.value == 1)
        #expect(cell.statistic(.cohenKappa)?.notComputable?.hasPrefix("no variation") == true)
        #expect(cell.statistic(.krippendorffAlpha)?.notComputable?.hasPrefix("no variation") == true)
        #expect(cell.statistic(.gwetAC1)?.value == 1)
        #expect(report.overall.meanOfCodes.first { $0.kind == .cohenKappa }?.value == nil)
    }

    /// `auto:*` pools every auto-coding rule as one coder; subcodes count for their parent when asked.
    @Test func pooledCodersAndSubcodes() {
        let codings = [Self.coding("I trust her", code: "bond/trust", coder: "auto:trust-words"),
                       Self.coding("No homework.", code: "bond/empathy", coder: "auto:other"),
                       Self.coding("Yes. I trust her a lot.", code: "bond/trust", coder: "ben"),
                       Self.coding("No homework. Never.", code: "bond/empathy", coder: "ben")]
        let report = CodingAgreement(coders: [CoderSelection("auto:*"), CoderSelection("ben")], unit: .utterance, codes: ["bond"],
                                     includesSubcodes: true)
            .compute([AgreementSource(id: "S1", text: Self.text, units: Self.units(.utterance), codings: codings)])
        #expect(report.coders == ["auto:*", "ben"])
        #expect(report.perCode[0].coded == ["auto:*": 2, "ben": 2] && report.perCode[0].codedByAll == 2)
        #expect(Self.value(report.perCode[0], .cohenKappa) == 1)
    }
}
