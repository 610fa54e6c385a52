import Testing
import ThematicModel
import ThematicTestSupport

/// `Timecode(parsing:)` reads UTF-8 bytes since issue 16; these tests hold it to the
/// Character-based reader it replaced, kept here as the oracle, on seeded random strings built
/// from the characters that matter (digits, separators, spaces, letters, combining marks).
@Suite("Timecode's byte reader agrees with the Character reader it replaced")
struct TimecodeBytesTests {
    @Test("seeded random strings of time-like characters")
    func agreesOnRandomStrings() {
        var random = SeededGenerator(seed: 16)
        let pieces = ["0", "1", "5", "9", "12", "59", "60", "123", "000", ":", ":", ".", ",", " ", "a", "+", "-",
                      "\u{301}", "١", "１", "\n", "1234567890"]
        for _ in 0..<4_000 {
            let text = (0..<random.int(0...8)).map { _ in random.pick(pieces) }.joined()
            #expect(Timecode(parsing: text)?.milliseconds == Oracle.milliseconds(text), "\(text.debugDescription)")
            // A Substring in the middle of a longer line (a combining mark may join the space before it).
            let line = "x " + text + " y"
            let middle = line.dropFirst(2).dropLast(2)
            #expect(Timecode(parsing: middle)?.milliseconds == Oracle.milliseconds(String(middle)), "\(text.debugDescription)")
        }
    }

    @Test("edges", arguments: ["999999999", "1000000000", "999:59:59.999999999", "1:2:3", "01:02:03.4567", "5.", ".5", "5,25",
                               "0:60", "60:00", "1:1", "00:00:00", "9:59.9", "7:08,1"])
    func agreesOnEdges(text: String) {
        #expect(Timecode(parsing: text)?.milliseconds == Oracle.milliseconds(text))
    }

    /// The reader as it was before issue 16, on Characters.
    enum Oracle {
        static func milliseconds(_ text: String) -> Int? {
            let fields = text.split(separator: ":", omittingEmptySubsequences: false)
            guard (1...3).contains(fields.count) else { return nil }
            var total = 0
            for (position, field) in fields.enumerated() {
                if position == fields.count - 1 {
                    guard let millis = secondsField(field, allowLarge: fields.count == 1) else { return nil }
                    total = total * 60_000 + millis
                } else {
                    guard !field.isEmpty, field.count <= 3, field.allSatisfy({ $0.isASCII && $0.isNumber }),
                          let value = Int(field) else { return nil }
                    if position > 0, value >= 60 { return nil }
                    total = total * 60 + value
                }
            }
            return total
        }

        static func secondsField(_ field: Substring, allowLarge: Bool) -> Int? {
            let parts = field.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
            guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
                  whole.allSatisfy({ $0.isASCII && $0.isNumber }), whole.count <= (allowLarge ? 9 : 2),
                  let seconds = Int(whole) else { return nil }
            if !allowLarge, seconds >= 60 { return nil }
            var millis = seconds * 1000
            if parts.count == 2 {
                let fraction = parts[1]
                guard !fraction.isEmpty, fraction.count <= 9, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
                millis += Int(String((fraction + "000").prefix(3))) ?? 0
            }
            return millis
        }
    }
}
