import Testing
import ThematicModel
@testable import ThematicReport

@Suite("Media links and escaping")
struct MediaLinkTests {
    struct LinkCase: Sendable, CustomTestStringConvertible {
        var media: String
        var milliseconds: Int
        var expected: String?
        var testDescription: String { "\(media) at \(milliseconds) ms" }
    }

    @Test("a recording and a time make media#t=SECONDS", arguments: [
        LinkCase(media: "P01.mp4", milliseconds: 83_000, expected: "P01.mp4#t=83"),
        LinkCase(media: "P01.mp4", milliseconds: 83_450, expected: "P01.mp4#t=83.45"),
        LinkCase(media: "P01.mp4", milliseconds: 0, expected: "P01.mp4#t=0"),
        LinkCase(media: "  videos/Session one (final).mp4 ", milliseconds: 5_000, expected: "videos/Session%20one%20%28final%29.mp4#t=5"),
        LinkCase(media: "https://media.example.org/p01.webm#t=10", milliseconds: 61_000, expected: "https://media.example.org/p01.webm#t=61"),
        LinkCase(media: "file:///data/P01.wav", milliseconds: 3_723_400, expected: "file:///data/P01.wav#t=3723.4"),
        LinkCase(media: "C:\\Interviews\\P01.wav", milliseconds: 1_000, expected: "file:///C:/Interviews/P01.wav#t=1"),
        LinkCase(media: "entrevista-año.mp4", milliseconds: 2_000, expected: "entrevista-a%C3%B1o.mp4#t=2"),
        LinkCase(media: "javascript:alert(1)", milliseconds: 1_000, expected: nil),
        LinkCase(media: "JavaScript:alert(1)", milliseconds: 1_000, expected: nil),
        LinkCase(media: "data:text/html,<b>x</b>", milliseconds: 1_000, expected: nil),
        LinkCase(media: "   ", milliseconds: 1_000, expected: nil),
        LinkCase(media: "#t=5", milliseconds: 1_000, expected: nil),
    ])
    func links(_ example: LinkCase) {
        #expect(MediaLink.href(media: example.media, at: Timecode(milliseconds: example.milliseconds)) == example.expected)
    }

    @Test("a quote without a time or a recording has no link")
    func noLink() {
        #expect(ReportQuote(text: "x", sourceID: "P", speaker: "P", role: .participant, media: "a.mp4").mediaLink == nil)
        #expect(ReportQuote(text: "x", sourceID: "P", speaker: "P", role: .participant, start: Timecode(milliseconds: 1)).mediaLink == nil)
    }

    @Test("HTML escaping drops characters XML forbids and keeps the rest")
    func html() {
        #expect(Markup.html("a\u{0}b\u{7}c\u{1B}d\u{FFFF}") == "abcd")
        #expect(Markup.html("x\r\ny\tz") == "x\n\ny\tz")
        #expect(Markup.html("🙏🏽 مرحبا 信頼 <&>\"'") == "🙏🏽 مرحبا 信頼 &lt;&amp;&gt;&quot;&#39;")
    }

    @Test("Markdown escaping keeps a value on one line and inert")
    func markdown() {
        #expect(Markup.markdown("  a\n\n b\t|c  ") == "a b \\|c")
        #expect(Markup.markdown("# [link](x) `code` *em* _u_ <b> ![i](y)") == "\\# \\[link\\](x) \\`code\\` \\*em\\* \\_u\\_ \\<b\\> \\!\\[i\\](y)")
        #expect(Markup.markdown("C:\\path") == "C:\\\\path")
    }

    @Test("anchors are ASCII slugs")
    func anchors() {
        #expect(Markup.anchor("theme", "Three in the Room/ñ") == "theme-three-in-the-room--")
    }
}
