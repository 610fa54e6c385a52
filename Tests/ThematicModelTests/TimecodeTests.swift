import Testing
import ThematicModel

@Suite("Timecode reads the times transcripts are written with")
struct TimecodeTests {
    @Test("valid times", arguments: [
        ("00:01:23", 83_000), ("1:23", 83_000), ("01:02:03.4", 3_723_400), ("0:0:5.320", 5_320),
        ("00:00:01,250", 1_250), ("75:30", 4_530_000), ("12.5", 12_500), ("1:00:00", 3_600_000),
    ])
    func parses(text: String, milliseconds: Int) {
        #expect(Timecode(parsing: text)?.milliseconds == milliseconds)
    }

    @Test("not times", arguments: ["", ":", "1:2:3:4", "00:60:00", "00:00:61", "ab:cd", "1:23:", "1.2.3", "-1:00"])
    func rejects(text: String) {
        #expect(Timecode(parsing: text) == nil)
    }

    @Test("formats as hh:mm:ss with milliseconds only when present")
    func formats() {
        #expect(Timecode(milliseconds: 3_723_400).description == "01:02:03.400")
        #expect(Timecode(milliseconds: 83_000).description == "00:01:23")
        #expect(Timecode(milliseconds: 5).formatted(alwaysShowMilliseconds: true) == "00:00:00.005")
    }
}
