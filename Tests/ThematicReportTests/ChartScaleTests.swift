import Testing
@testable import ThematicReport

@Suite("Chart scales and numbers")
struct ChartScaleTests {
    struct TickCase: Sendable, CustomTestStringConvertible {
        var maximum: Int
        var ticks: [Int]
        var testDescription: String { "up to \(maximum)" }
    }

    @Test("ticks at round numbers from zero past the maximum", arguments: [
        TickCase(maximum: 0, ticks: [0, 1]), TickCase(maximum: -4, ticks: [0, 1]), TickCase(maximum: 1, ticks: [0, 1]),
        TickCase(maximum: 7, ticks: [0, 2, 4, 6, 8]), TickCase(maximum: 12, ticks: [0, 5, 10, 15]),
        TickCase(maximum: 100, ticks: [0, 20, 40, 60, 80, 100]), TickCase(maximum: 1_234_567, ticks: [0, 500_000, 1_000_000, 1_500_000]),
    ])
    func ticks(_ example: TickCase) {
        #expect(ChartScale.ticks(upTo: example.maximum) == example.ticks)
    }

    @Test("coordinates print to a tenth, never -0 or NaN")
    func numbers() {
        #expect(SVGWriter.number(12) == "12")
        #expect(SVGWriter.number(12.34) == "12.3")
        #expect(SVGWriter.number(-0.04) == "0")
        #expect(SVGWriter.number(-0.5) == "-0.5")
        #expect(SVGWriter.number(-12.25) == "-12.3" || SVGWriter.number(-12.25) == "-12.2")
        #expect(SVGWriter.number(.nan) == "0")
        #expect(SVGWriter.number(.infinity) == "0")
    }

    @Test("label widths grow with the text and CJK is wider than Latin")
    func widths() {
        #expect(TextMeasure.width("") == 0)
        #expect(TextMeasure.width("trust") < TextMeasure.width("trustworthiness"))
        #expect(TextMeasure.width("信頼") > TextMeasure.width("ab"))
        let shortened = TextMeasure.truncated(String(repeating: "x", count: 100), toWidth: 60)
        #expect(shortened.hasSuffix("…") && TextMeasure.width(shortened) <= 60)
        #expect(TextMeasure.truncated("🙏🏽 thanks", toWidth: 1000) == "🙏🏽 thanks")
    }
}
