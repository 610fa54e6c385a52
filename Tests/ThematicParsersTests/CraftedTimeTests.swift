import Foundation
import Testing
import ThematicModel
import ThematicTestSupport
@testable import ThematicParsers

/// Issue 13.1: a crafted time (NaN, infinity, 1e300, a TIME_VALUE near `Int.max`, a TEI sum past
/// the maximum) is a parse error at the element that holds it — never a trap.
@Suite("Crafted times")
struct CraftedTimeTests {
    static func read(_ text: String, file: String) -> Result<ParseResult, ParseError> {
        do throws(ParseError) {
            return .success(try TranscriptReader().read(ParserInput(file: file, bytes: Data(text.utf8))))
        } catch {
            return .failure(error)
        }
    }

    static func tei(_ timeline: String, _ utterance: String) -> String {
        """
        <?xml version="1.0"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><text>
        <timeline unit="s" origin="#T0"><when xml:id="T0" absolute="0"/>\(timeline)</timeline>
        <body>
        \(utterance)
        </body></text></TEI>
        """
    }

    /// The error's place and message.
    static func failure(_ result: Result<ParseResult, ParseError>) -> (line: Int, message: String)? {
        guard case .failure(.malformed(let message, let location)) = result else { return nil }
        return (location.line, message)
    }

    @Test("TEI: a number that is no usable time in start/end/interval/absolute is a located error",
          arguments: [
            ("", ##"<u who="#A" start="nan">hello</u>"##, "start"),
            ("", ##"<u who="#A" start="0" end="inf">hello</u>"##, "end"),
            ("", ##"<u who="#A" start="1e300">hello</u>"##, "start"),
            ("", ##"<u who="#A" start="-3">hello</u>"##, "start"),
            (##"<when xml:id="T1" interval="1e300" since="#T0"/>"##, ##"<u who="#A" start="#T1">hello</u>"##, "interval"),
            (##"<when xml:id="T1" interval="nan" since="#T0"/>"##, ##"<u who="#A" start="#T1">hello</u>"##, "interval"),
            (##"<when xml:id="T1" interval="-inf" since="#T0"/>"##, ##"<u who="#A" start="#T1">hello</u>"##, "interval"),
            (##"<when xml:id="T1" absolute="1e19"/>"##, ##"<u who="#A" start="#T1">hello</u>"##, "absolute"),
          ])
    func teiTimes(timeline: String, utterance: String, attribute: String) throws {
        let failure = try #require(CraftedTimeTests.failure(CraftedTimeTests.read(CraftedTimeTests.tei(timeline, utterance), file: "crafted.xml")))
        #expect(failure.line == (timeline.isEmpty ? 5 : 3))
        #expect(failure.message.contains("\(attribute)="))
        #expect(failure.message.contains("not a usable time"))
    }

    @Test("TEI: intervals each in range whose sum passes the maximum are refused, not overflowed")
    func teiSum() throws {
        // 100,000 hours = 3.6e8 s; three steps of 2e8 s pass it on the second.
        let timeline = (1...3).map { ##"<when xml:id="T\##($0)" interval="200000000" since="#T\##($0 - 1)"/>"## }.joined()
        let failure = try #require(CraftedTimeTests.failure(CraftedTimeTests.read(
            CraftedTimeTests.tei(timeline, ##"<u who="#A" start="#T3">hello</u>"##), file: "sum.xml")))
        #expect(failure.message.contains("interval=\"200000000\""))
    }

    @Test("TEI: a time right at the maximum is still accepted")
    func teiMaximum() throws {
        let result = CraftedTimeTests.read(CraftedTimeTests.tei("", ##"<u who="#A" start="360000000">hello</u>"##), file: "max.xml")
        let parsed = try result.get()
        #expect(parsed.transcript.utterances.first?.start == Timecode.maximum)
    }

    @Test("ELAN: a TIME_VALUE past the maximum or Int is a located error, interpolation cannot overflow",
          arguments: ["9223372036854775807", "99999999999999999999999", "-5", "360000000001"])
    func elanTimeValue(value: String) throws {
        let eaf = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ANNOTATION_DOCUMENT FORMAT="3.0" VERSION="3.0"><HEADER TIME_UNITS="milliseconds"/>
            <TIME_ORDER><TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="0"/><TIME_SLOT TIME_SLOT_ID="ts2"/>
            <TIME_SLOT TIME_SLOT_ID="ts3" TIME_VALUE="\(value)"/></TIME_ORDER>
            <TIER TIER_ID="A"><ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts3">
            <ANNOTATION_VALUE>hello</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER></ANNOTATION_DOCUMENT>
            """
        let failure = try #require(CraftedTimeTests.failure(CraftedTimeTests.read(eaf, file: "crafted.eaf")))
        #expect(failure.line == 4)
        #expect(failure.message.contains("TIME_VALUE="))
    }

    @Test("EXMARaLDA: a <tli time> that is no usable time is a located error")
    func exmaraldaTime() throws {
        let exb = """
            <?xml version="1.0" encoding="UTF-8"?>
            <basic-transcription><head><speakertable><speaker id="S1"><abbreviation>A</abbreviation></speaker></speakertable></head>
            <basic-body><common-timeline><tli id="T0" time="0"/>
            <tli id="T1" time="1e308"/></common-timeline>
            <tier id="t1" speaker="S1" category="v" type="t"><event start="T0" end="T1">hello</event></tier></basic-body></basic-transcription>
            """
        let failure = try #require(CraftedTimeTests.failure(CraftedTimeTests.read(exb, file: "crafted.exb")))
        #expect(failure.line == 4)
        #expect(failure.message.contains("time=\"1e308\""))
    }

    @Test("Timecode: the unchecked initialiser clamps instead of trapping; the checked ones refuse",
          arguments: [Double.nan, .infinity, -.infinity, 1e300, -1, 3.6e8 + 1])
    func timecodeBounds(value: Double) {
        #expect(Timecode(validSeconds: value) == nil)
        let clamped = Timecode(seconds: value)
        #expect((0...Timecode.maximum.milliseconds).contains(clamped.milliseconds))
    }

    /// Every number inside a time attribute of the real TEI, ELAN and EXMARaLDA files, replaced
    /// one at a time by a hostile value: each mutation parses or fails with a located error.
    @Test("real files with one time replaced by a hostile value never trap",
          arguments: ["tei/exmaralda_demo_Beckhams.iso-tei.xml", "tei/teicorpo_short_from_chat.tei_corpo.xml",
                      "elan/short_from_chat_v2.8.eaf", "exmaralda/Beckhams.exb"])
    func mutatedRealFiles(relative: String) throws {
        let original = try String(contentsOfFile: TestPaths.external(relative), encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: ##"(?:interval|absolute|TIME_VALUE|time|start|end)="([-0-9.eE+]+)""##)
        let matches = pattern.matches(in: original, range: NSRange(original.startIndex..., in: original))
        #expect(!matches.isEmpty)
        var generator = SeededGenerator(seed: 13)
        let hostile = ["nan", "inf", "-inf", "1e300", "-1e300", "9223372036854775807", "-9223372036854775808", "1e19", "360000001"]
        var refused = 0
        for match in matches.shuffled(using: &generator).prefix(40) {
            let range = Range(match.range(at: 1), in: original)!
            let mutated = original.replacingCharacters(in: range, with: hostile.randomElement(using: &generator)!)
            let file = (relative as NSString).lastPathComponent
            switch CraftedTimeTests.read(mutated, file: file) {
            case .success: break
            case .failure(.malformed(_, let location)):
                refused += 1
                #expect(location.line >= 1 && location.file == file)
            case .failure(let other):
                Issue.record("unexpected error \(other)")
            }
        }
        #expect(refused > 0)
    }
}
