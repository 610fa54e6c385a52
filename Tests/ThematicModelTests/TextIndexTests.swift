import Testing
import ThematicModel
import ThematicTestSupport

/// The reference every conversion is checked against: a plain walk over the scalars.
private struct NaiveOffsets {
    var utf8: [Int] = [0]
    var utf16: [Int] = [0]

    init(_ text: String) {
        for scalar in text.unicodeScalars {
            utf8.append(utf8.last! + String(scalar).utf8.count)
            utf16.append(utf16.last! + scalar.utf16.count)
        }
    }
}

@Suite("TextIndex converts positions exactly")
struct TextIndexTests {
    static let samples: [(name: String, text: String)] = [
        ("ASCII", "Interviewer: Hello there.\nP01: Hi.\n"),
        ("astral emoji", "P01: I sent 🙏 and then 🙂, and 👩🏽‍⚕️ replied.\n"),
        ("combining sequences", "P01: Zoe\u{0308} and Jose\u{0301} — e\u{0301}\u{0323} stacked.\n"),
        ("CJK", "访谈者: 你好，请介绍一下你自己。\n参与者: 我是一名护士。\n"),
        ("Arabic", "P06: كان المترجم حاضراً في كل جلسة.\nInterpreter: The interpreter was always there.\n"),
        ("long mixed", String(repeating: "a😀é\u{0301}中\n", count: 300)),
    ]

    @Test("every scalar offset maps to the UTF-8, UTF-16 and String.Index a walk finds", arguments: samples)
    func conversionsMatchAWalk(sample: (name: String, text: String)) {
        let index = TextIndex(sample.text)
        let naive = NaiveOffsets(sample.text)
        #expect(index.scalarCount == sample.text.unicodeScalars.count)
        #expect(index.utf16Count == sample.text.utf16.count)
        for offset in 0...index.scalarCount {
            #expect(index.utf8Offset(ofScalar: offset) == naive.utf8[offset])
            #expect(index.utf16Offset(ofScalar: offset) == naive.utf16[offset])
            #expect(index.scalarOffset(ofUTF16: naive.utf16[offset]) == offset)
            #expect(index.scalarOffset(ofUTF8: naive.utf8[offset]) == offset)
            let stringIndex = index.stringIndex(ofScalar: offset)
            #expect(sample.text.unicodeScalars.distance(from: sample.text.startIndex, to: stringIndex) == offset)
            #expect(index.scalarOffset(of: stringIndex) == offset)
        }
    }

    @Test("a UTF-16 offset inside a surrogate pair is no scalar boundary")
    func surrogateMiddleIsRejected() {
        let index = TextIndex("a🙏b")
        #expect(index.scalarOffset(ofUTF16: 1) == 1)
        #expect(index.scalarOffset(ofUTF16: 2) == nil)
        #expect(index.scalarOffset(ofUTF16: 3) == 2)
        #expect(index.scalarOffset(ofUTF8: 2) == nil)
    }

    @Test("slices cut exactly the scalars of a span, whatever the graphemes")
    func slicing() {
        // "e" + COMBINING ACUTE is one Character but two scalars: a span may end between them.
        let text = "Jose\u{0301} 🙂 中文"
        let index = TextIndex(text)
        #expect(index.slice(TextSpan(start: 0, end: 4)) == "Jose")
        #expect(String(index.slice(TextSpan(start: 4, end: 5)).unicodeScalars) == "\u{0301}")
        #expect(index.slice(TextSpan(start: 6, end: 7)) == "🙂")
        #expect(index.slice(TextSpan(start: 8, end: 10)) == "中文")
    }

    @Test("line and column count scalars from 1")
    func linesAndColumns() {
        let index = TextIndex("ab\n🙂c\n\nd")
        #expect(index.lineCount == 4)
        #expect(index.lineAndColumn(ofScalar: 0) == (1, 1))
        #expect(index.lineAndColumn(ofScalar: 2) == (1, 3))
        #expect(index.lineAndColumn(ofScalar: 3) == (2, 1))
        #expect(index.lineAndColumn(ofScalar: 4) == (2, 2))
        #expect(index.lineAndColumn(ofScalar: 7) == (4, 1))
        #expect(index.scalarOffset(line: 2, column: 2) == 4)
        #expect(index.scalarOffset(line: 2, column: 4) == nil)
        #expect(index.scalarOffset(line: 5, column: 1) == nil)
        #expect(index.span(ofLine: 2) == TextSpan(start: 3, end: 5))
    }

    @Test("random text: conversions agree with a walk (seeded)", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func randomText(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let alphabet: [Unicode.Scalar] = ["a", "Z", " ", "\n", "é", "\u{0301}", "中", "😀", "🙏", "ß", "\u{200D}", "ا"]
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...700, using: &generator) {
            scalars.append(alphabet.randomElement(using: &generator)!)
        }
        let text = String(scalars)
        let index = TextIndex(text)
        let naive = NaiveOffsets(text)
        for offset in stride(from: 0, through: index.scalarCount, by: 7) {
            #expect(index.utf16Offset(ofScalar: offset) == naive.utf16[offset])
            #expect(index.scalarOffset(ofUTF8: naive.utf8[offset]) == offset)
        }
    }
}
