import Foundation
import Testing
import ThematicExchange
import ThematicModel
import ThematicTestSupport

@Suite("Vendor positions: the one place REFI-QDA offsets are converted")
struct VendorPositionsTests {
    /// A Windows text as NVivo and ATLAS.ti keep it: a BOM, CRLF line ends, an emoji with a skin
    /// tone (two scalars, four UTF-16 units) and an accented letter.
    static let vendorText = "\u{FEFF}Interviewer: How was it?\r\nP1: Good 🙏🏽 really good.\r\nI: And the équipe?\r\n"

    /// Offsets counted by hand, for each dialect: NVivo counts UTF-16 units and CRLF as two,
    /// ATLAS.ti code points with CRLF as one, the standard code points with CRLF as two.
    @Test(arguments: [
        ("really good", REFIDialect.nvivo, 40, 51), ("really good", .atlasti, 37, 48), ("really good", .spec, 38, 49),
        ("How was it?", .nvivo, 13, 24), ("How was it?", .atlasti, 13, 24), ("How was it?", .spec, 13, 24),
        ("Good 🙏🏽", .nvivo, 30, 39), ("Good 🙏🏽", .atlasti, 29, 36), ("Good 🙏🏽", .spec, 30, 37),
        ("équipe", .nvivo, 65, 71), ("équipe", .atlasti, 61, 67), ("équipe", .spec, 63, 69),
        ("équipe", .maxqda, 63, 69),
    ])
    func vendorOffsetsSelectTheMeantCharacters(expected: String, dialect: REFIDialect, start: Int, end: Int) throws {
        let positions = VendorPositions(vendorText: Self.vendorText, dialect: dialect)
        let from = try #require(positions.scalarOffset(ofVendor: start))
        let to = try #require(positions.scalarOffset(ofVendor: end, roundingUp: true))
        #expect(TextIndex(positions.canonicalText).slice(TextSpan(start: from, end: to)) == expected)
        // And back: the same vendor numbers.
        #expect(positions.vendorOffset(ofScalar: from) == start)
        #expect(positions.vendorOffset(ofScalar: to) == end)
    }

    @Test("the canonical text drops the BOM and turns CRLF and CR into LF, nothing else")
    func canonicalText() {
        let positions = VendorPositions(vendorText: "\u{FEFF}a\r\nb\rc\nd\u{FEFF}", dialect: .spec)
        #expect(positions.canonicalText == "a\nb\nc\nd\u{FEFF}")
        #expect(positions.vendorLength == 9)
        #expect(VendorPositions(vendorText: "a\r\nb", dialect: .atlasti).vendorLength == 3)
        #expect(VendorPositions(vendorText: "🙏🏽", dialect: .nvivo).vendorLength == 4)
        #expect(VendorPositions(vendorText: "", dialect: .nvivo).vendorLength == 0)
    }

    @Test("an offset inside a surrogate pair or a CRLF rounds to the whole character")
    func roundingInsideUnits() {
        let nvivo = VendorPositions(vendorText: "a🙏b\r\nc", dialect: .nvivo)
        // UTF-16: a=0, 🙏=1..3, b=3, CR=4, LF=5, c=6.
        #expect(nvivo.scalarOffset(ofVendor: 2) == 1)
        #expect(nvivo.scalarOffset(ofVendor: 2, roundingUp: true) == 2)
        #expect(nvivo.scalarOffset(ofVendor: 5) == 3)
        #expect(nvivo.scalarOffset(ofVendor: 5, roundingUp: true) == 4)
        #expect(nvivo.scalarOffset(ofVendor: 6) == 4)
        #expect(nvivo.scalarOffset(ofVendor: 7) == 5)
    }

    @Test("offsets outside the text are refused", arguments: [-1, 8, Int.max, Int.min])
    func outOfRange(offset: Int) {
        #expect(VendorPositions(vendorText: "a🙏b\r\nc", dialect: .nvivo).scalarOffset(ofVendor: offset) == nil)
    }

    @Test("dialects from the origins vendors write")
    func detection() {
        #expect(REFIDialect.detect(origin: "NVivo for Mac 15.0.0") == .nvivo)
        #expect(REFIDialect.detect(origin: "NVivo 14.23.2 (Windows)") == .nvivo)
        #expect(REFIDialect.detect(origin: "ATLAS.ti for Windows 23.2.3.27778") == .atlasti)
        #expect(REFIDialect.detect(origin: "ATLAS.ti Win 23.4.0") == .atlasti)
        #expect(REFIDialect.detect(origin: "MAXQDA 2022 (Release 22.7.0)") == .maxqda)
        #expect(REFIDialect.detect(origin: "qc 1.3.2") == .spec)
        #expect(REFIDialect.detect(origin: nil) == .spec)
    }

    @Test("seeded random texts: every boundary converts both ways, per dialect", arguments: REFIDialect.allCases)
    func randomTexts(dialect: REFIDialect) {
        var random = SeededGenerator(seed: 11)
        let pieces = ["a", "é", "🙏🏽", "\r\n", "\n", "\r", "中", "👍", " ", "x\u{301}"]
        for _ in 0..<150 {
            let text = (0..<random.int(0...40)).map { _ in random.pick(pieces) }.joined()
            let positions = VendorPositions(vendorText: text, dialect: dialect)
            let canonical = Array(positions.canonicalText.unicodeScalars)
            // A naive count of the vendor unit, boundary by boundary.
            var vendor = 0
            var original = Array(text.unicodeScalars)[...]
            for (index, scalar) in canonical.enumerated() {
                #expect(positions.vendorOffset(ofScalar: index) == vendor)
                #expect(positions.scalarOffset(ofVendor: vendor) == index)
                if scalar == "\n", original.first == "\r", original.dropFirst().first == "\n" {
                    vendor += dialect == .atlasti ? 1 : 2
                    original = original.dropFirst(2)
                } else {
                    vendor += dialect == .nvivo ? scalar.utf16.count : 1
                    original = original.dropFirst()
                }
            }
            #expect(positions.vendorLength == vendor)
        }
    }
}
