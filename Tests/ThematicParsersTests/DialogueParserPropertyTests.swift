import Foundation
import Testing
import ThematicTestSupport
import ThematicModel
@testable import ThematicParsers

/// Property tests over generated dialogue: random labels and Unicode words, continuation lines,
/// times, line endings and byte-order marks. Generated with a seeded generator, so a failure
/// names its seed and can be replayed.
@Suite("Dialogue parser properties")
struct DialogueParserPropertyTests {
    typealias Generator = SeededGenerator

    static let labels = ["Interviewer", "P01", "Zoë Ñúñez", "Dr. Melissa Ko", "SPEAKER_02", "李明", "محمد علي", "Interpreter 2", "R"]
    /// Word characters from many scripts, combining marks and emoji included; none of them is
    /// layout space, a colon, a bracket or another character that means something in a turn line.
    static let alphabet: [Unicode.Scalar] = Array("abcxyzÄéøßñçğłİıʒɛ".unicodeScalars) + [
        "\u{0301}", "\u{0308}", "\u{05D0}", "\u{0627}", "\u{0915}", "\u{093F}", "\u{4E2D}", "\u{6587}", "\u{AC00}",
        "\u{1F600}", "\u{1F44D}", "\u{1F3FD}", "\u{200D}", "\u{00A0}", "\u{2019}", "\u{201C}", ".", ",", "!", "?", "-", "'",
    ]

    static func word(_ random: inout Generator) -> String {
        var word = String.UnicodeScalarView()
        // A word starts with a letter so a continuation line never opens with punctuation or a mark.
        word.append(random.pick(Array("abcxyzÄéøßñ".unicodeScalars)))
        for _ in 0..<random.int(0...7) { word.append(random.pick(alphabet)) }
        return String(word)
    }

    static func words(_ random: inout Generator) -> [String] {
        (0..<random.int(1...8)).map { _ in word(&random) }
    }

    /// One generated file: its bytes and the utterances it must read as.
    static func dialogue(seed: UInt64) -> (bytes: [UInt8], expected: [(label: String, content: String, start: Int?)]) {
        var random = Generator(seed: seed)
        let newline = random.pick(["\n", "\r\n", "\r"])
        var lines: [String] = []
        var expected: [(String, String, Int?)] = []
        var seconds = 0
        for _ in 0..<random.int(1...25) {
            let label = random.pick(labels)
            var content = words(&random)
            var line = ""
            var start: Int?
            if random.int(0...2) == 0 {
                seconds += random.int(1...90)
                start = seconds * 1000
                line += "[\(seconds / 3600):\(String(format: "%02d", seconds / 60 % 60)):\(String(format: "%02d", seconds % 60))] "
            }
            let spacing = random.pick([" ", "  ", "\t", "   "])
            line += random.pick(["", "**"]).isEmpty ? "\(label):\(spacing)\(content.joined(separator: " "))"
                                                    : "**\(label):**\(spacing)\(content.joined(separator: " "))"
            lines.append(line)
            for _ in 0..<random.int(0...2) {
                let more = words(&random)
                lines.append(random.pick(["", "  ", "\t"]) + more.joined(separator: random.pick([" ", "  "])) + random.pick(["", " "]))
                content += more
            }
            if random.int(0...1) == 0 { lines.append(random.pick(["", " "])) }
            expected.append((label, content.joined(separator: " "), start))
        }
        let text = lines.joined(separator: newline) + random.pick(["", newline])
        let bytes: [UInt8]
        switch random.int(0...3) {
        case 0: bytes = Array(text.utf8)
        case 1: bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case 2: bytes = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        default: bytes = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        }
        return (bytes, expected)
    }

    @Test("every utterance span slices exactly its content", arguments: 0..<300)
    func spansSliceContent(seed: Int) throws {
        let (bytes, expected) = Self.dialogue(seed: UInt64(seed) &* 7919)
        let result = try DialogueParser().parse(ParserInput(file: "gen-\(seed).txt", bytes: Data(bytes)), options: ParserOptions())
        let transcript = result.transcript
        #expect(result.warnings.isEmpty, "seed \(seed)")
        try #require(transcript.utterances.count == expected.count, "seed \(seed)")
        let index = TextIndex(transcript.text)
        for (utterance, turn) in zip(transcript.utterances, expected) {
            #expect(String(index.slice(utterance.span)) == turn.content, "seed \(seed)")
            #expect(SpeakerLabel.key(String(index.slice(utterance.labelSpan))) == SpeakerLabel.key(turn.label), "seed \(seed)")
            #expect(utterance.start?.milliseconds == turn.start, "seed \(seed)")
        }
        ExternalTranscripts.expectCanonical(transcript)
    }

    @Test("the byte-level time reader agrees with Timecode(parsing:)", arguments: 0..<20)
    func timeReaderAgrees(seed: Int) {
        var random = Generator(seed: UInt64(seed) &+ 1)
        let alphabet = Array("0123456789::.,")
        for _ in 0..<500 {
            let text = String((0..<random.int(1...10)).map { _ in random.pick(alphabet) })
            let fast = TimeMark.time(Substring(text).utf8[...], fractionSeparators: [UInt8(ascii: "."), UInt8(ascii: ",")])
            #expect(fast == Timecode(parsing: text), "\(text)")
        }
        for text in ["0:0:5.320", "1:02:03", "59:58", "01:03:44.19", "0.6", "123:00:00", "1:60:00", "00:61"] {
            #expect(TimeMark.time(Substring(text).utf8[...], fractionSeparators: [UInt8(ascii: "."), UInt8(ascii: ",")])
                    == Timecode(parsing: text), "\(text)")
        }
    }
}

/// The same property for WebVTT: generated cues with voice tags or `Name:` prefixes, karaoke
/// times and markup, random line endings and byte-order marks.
@Suite("WebVTT parser properties")
struct WebVTTParserPropertyTests {
    typealias Generator = DialogueParserPropertyTests.Generator

    @Test("every utterance span slices exactly its cue's words", arguments: 0..<150)
    func spansSliceContent(seed: Int) throws {
        var random = Generator(seed: UInt64(seed) &* 104_729 &+ 3)
        let newline = random.pick(["\n", "\r\n", "\r"])
        let voiceTags = random.int(0...1) == 0
        var lines = ["WEBVTT", ""]
        var expected: [(label: String, content: String)] = []
        var millis = 0
        for index in 0..<random.int(1...20) {
            let label = random.pick(["Ana", "Dr. Zoë Ñúñez", "SPEAKER_01", "李明", "محمد علي"])
            let words = DialogueParserPropertyTests.words(&random)
            let start = millis
            millis += random.int(1...9_000)
            func stamp(_ ms: Int) -> String {
                "\(String(format: "%02d", ms / 3_600_000)):\(String(format: "%02d", ms / 60_000 % 60)):\(String(format: "%02d", ms / 1000 % 60)).\(String(format: "%03d", ms % 1000))"
            }
            if random.int(0...1) == 0 { lines.append("cue-\(index)") }
            lines.append("\(stamp(start)) --> \(stamp(millis))" + random.pick(["", " align:start position:0%"]))
            let body = words.enumerated().map { $0.offset == 1 ? "<c.yellow>\($0.element)</c>" : $0.element }
            let text = body.joined(separator: random.pick([" ", "  "]))
            lines.append(voiceTags ? "<v \(label)>\(text)" + random.pick(["", "</v>"]) : "\(label): \(text)")
            lines.append("")
            // Merging is on for speaker-labelled files: consecutive cues of one speaker join.
            if let last = expected.last, last.label == label {
                expected[expected.count - 1].content += " " + words.joined(separator: " ")
            } else {
                expected.append((label, words.joined(separator: " ")))
            }
        }
        let text = lines.joined(separator: newline)
        let bytes: [UInt8] = random.int(0...1) == 0 ? Array(text.utf8) : [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        let result = try WebVTTParser().parse(ParserInput(file: "gen-\(seed).vtt", bytes: Data(bytes)), options: ParserOptions())
        let transcript = result.transcript
        try #require(transcript.utterances.count == expected.count, "seed \(seed)")
        let index = TextIndex(transcript.text)
        for (utterance, cue) in zip(transcript.utterances, expected) {
            #expect(String(index.slice(utterance.span)) == cue.content, "seed \(seed)")
            #expect(utterance.speakerID == cue.label, "seed \(seed)")
        }
        ExternalTranscripts.expectCanonical(transcript)
    }
}

/// Mutated real files through every plain-text-family parser: each either reads the file, with a
/// transcript that keeps the canonical-text rule, or rejects it with a `ParseError` — never a crash.
@Suite("Plain-text family robustness")
struct PlainTextFamilyRobustnessTests {
    typealias Generator = DialogueParserPropertyTests.Generator

    static let files: [String] = [
        "plaintext/changelog_podcast/founders-talk-63.md", "plaintext/otter_style/ladybug_60-nextjs.otter.txt",
        "plaintext/simple_exmaralda/Input-correct.txt", "plaintext/speach_transcript_human.tab.tsv",
        "plaintext/qualcoder_transcript_bracket_ids.txt", "plaintext/chat/short.cha", "plaintext/chat/testclan2.cha",
        "vtt_srt/zoom_GMT20240124-202901_Recording.transcript.vtt", "vtt_srt/webvtt-py/youtube_dl.vtt",
        "vtt_srt/pysrt/capability_tester.srt", "vtt_srt/pysrt/bom-utf-16-le.srt",
    ]
    /// Pieces that mean something to one of the parsers.
    static let pieces: [[UInt8]] = [":", " ", "\t", "\n", "\r", "\r\n", "[", "]", "(", ")", "#", "\\[", "-->", "<v ", ">", "<",
                                    "**", "@", "*", "%", "\u{15}", "&", ";", "0", "1:", "00:00:01.000", "WEBVTT", "---", "é", "😀"]
        .map { Array($0.utf8) }

    @Test("mutated real files are read or rejected, never half-read", arguments: files)
    func mutated(_ relative: String) throws {
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: ExternalTranscripts.path(relative))))
        let parsers: [any TranscriptParser] = [DialogueParser(), OtterParser(), WebVTTParser(), SRTParser(), CHATParser()]
        var random = Generator(seed: UInt64(relative.utf8.count) &* 31 &+ 7)
        for round in 0..<40 {
            var bytes = original
            for _ in 0..<random.int(1...12) {
                let at = random.int(0...bytes.count)
                if random.int(0...2) == 0, at < bytes.count {
                    bytes.removeSubrange(at..<min(bytes.count, at + random.int(1...20)))
                } else {
                    bytes.insert(contentsOf: random.pick(Self.pieces), at: at)
                }
            }
            for parser in parsers {
                do {
                    let result = try parser.parse(ParserInput(file: "\(relative)#\(round)", bytes: Data(bytes)), options: ParserOptions())
                    ExternalTranscripts.expectCanonical(result.transcript)
                } catch {
                    #expect(error.location.map { $0.line >= 1 && $0.column >= 1 } ?? true, "\(error)")
                }
            }
        }
    }
}
