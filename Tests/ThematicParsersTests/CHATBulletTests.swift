import Testing
import ThematicModel
import ThematicTestSupport
@testable import ThematicParsers

/// CHAT media bullets are stripped on UTF-8 bytes since issue 16; these tests hold the result to
/// the Character walk it replaced, kept here as the oracle, on seeded random tiers.
@Suite("CHAT bullets stripped on bytes agree with the Character walk")
struct CHATBulletTests {
    static func oracle(_ text: String) -> (words: String, times: [Int]) {
        var words = ""
        var times: [Int] = []
        var inside = false
        var bulletText = ""
        for character in text {
            if character == "\u{15}" {
                if inside {
                    let parts = bulletText.split(separator: "_")
                    if parts.count >= 2, let from = Int(parts[parts.count - 2]), let to = Int(parts[parts.count - 1]) {
                        if times.isEmpty { times = [from, to] } else { times[1] = to }
                    }
                }
                inside.toggle()
                bulletText = ""
                words += " "
            } else if inside {
                bulletText.append(character)
            } else {
                words.append(character)
            }
        }
        return (words, times)
    }

    @Test("seeded random tiers with bullets, multi-byte text and broken bullets")
    func agreesOnRandomTiers() {
        var random = SeededGenerator(seed: 15)
        let pieces = ["word", " ", "\u{15}", "835_3665", "%snd:\"f\"_10_20", "_", "x_y", "é", "🙂", "中", "\t", "12", "e\u{301}"]
        for _ in 0..<4_000 {
            let text = (0..<random.int(0...9)).map { _ in random.pick(pieces) }.joined()
            let stripped = CHATParser.strippingBullets(text)
            let expected = Self.oracle(text)
            #expect(stripped.words == expected.words, "\(text.debugDescription)")
            let times = [stripped.start, stripped.end].compactMap { $0?.milliseconds }
            #expect(times == expected.times, "\(text.debugDescription)")
        }
    }
}
