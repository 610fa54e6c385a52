import Foundation
import Testing
import ThematicModel
@testable import ThematicReport

@Suite("Report rendering: HTML and Markdown")
struct ReportRenderingTests {
    static let html = HTMLReport(ReportFixture.input).render()
    static let markdown = MarkdownReport(ReportFixture.input).render()

    @Test("the page is one file: no script, no external stylesheet, font, image or frame")
    func selfContained() {
        // The SVG namespace is a name, not a fetch: everything else with a scheme would be.
        let page = ReportRenderingTests.html.lowercased().replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        for forbidden in ["<script", "<link", "@import", "url(", "src=", "<iframe", "<img", "<object", "http://", "https://"] {
            #expect(!page.contains(forbidden), "the page holds \(forbidden)")
        }
        #expect(page.hasPrefix("<!doctype html>"))
        #expect(page.contains("<style>") && page.contains("@media print"))
    }

    @Test("every text from the study is escaped")
    func escaping() {
        let page = ReportRenderingTests.html
        #expect(!page.contains("<script>alert(1)</script>"))
        #expect(page.contains("I trust her &lt;script&gt;alert(1)&lt;/script&gt; &amp; that&#39;s &quot;that&quot; | really."))
        #expect(page.contains("<h1>Alliance &amp; &lt;trust&gt; study</h1>"))
        #expect(page.contains("coded P01:12 with &lt;trust&gt;"))
        #expect(page.contains("rests on one source &lt;only&gt;"))
    }

    @Test("every theme, chart and quote is on the page")
    func content() {
        let page = ReportRenderingTests.html
        for theme in ReportFixture.input.themes {
            #expect(page.contains("data-theme=\"\(theme.id)\""))
            #expect(page.contains(Markup.html(theme.name)))
        }
        for chart in ["thematic-map", "bar-chart", "heat-map", "prevalence"] { #expect(page.contains("data-chart=\"\(chart)\"")) }
        #expect(ReportFixture.input.chartIDs == ["chart-thematic-map", "chart-code-frequencies", "chart-cooccurrence", "chart-prevalence"])
        #expect(page.components(separatedBy: "<blockquote class=\"quote\"").count - 1 == 3)
        #expect(page.contains("<strong>Scope.</strong> Not about technique."))
        #expect(page.contains("Status: reviewed"))
        #expect(page.contains("No definition written yet.") && page.contains("The theme gathers no codes yet."))
        #expect(page.contains("0.813") && page.contains("Cohen&#39;s κ"))
        #expect(page.contains("Phase 6 of 6: Producing the report") && page.contains("2026-03-31 23:33 UTC"))
        #expect(page.contains("<dt>Recorded time</dt><dd>00:22:47 (1 of 2 sources timed)</dd>"))
    }

    @Test("a quote's time code links to its recording; an unsafe recording gets no link")
    func mediaLinks() {
        let page = ReportRenderingTests.html
        #expect(page.contains("href=\"videos/P01%20session.mp4#t=83.4\""))
        #expect(page.contains(">00:01:23.400</a>"))
        #expect(!page.contains("javascript:"))
        #expect(page.contains("<span class=\"time\">00:10:12</span>"))
    }

    @Test("without agreement or an audit their sections are left out; without --by the chart says how")
    func optionalSections() {
        var input = ReportFixture.input
        input.agreement = nil
        input.findings = nil
        input.splitAttribute = nil
        input.cooccurrence = nil
        let page = HTMLReport(input).render()
        #expect(!page.contains("id=\"agreement\"") && !page.contains("id=\"findings\""))
        #expect(!page.contains("data-chart=\"prevalence\"") && page.contains("<code>--by</code>"))
        #expect(!page.contains("data-chart=\"heat-map\""))
        input.findings = []
        #expect(HTMLReport(input).render().contains("The audit found nothing to report."))
    }

    @Test("an empty project still gives a whole page and document")
    func emptyProject() {
        let input = ReportInput(studyName: "", phase: .familiarising, generatedAt: ReportFixture.date)
        let page = HTMLReport(input).render()
        #expect(page.contains("No sources are ingested yet.") && page.contains("No themes are declared yet"))
        #expect(page.hasSuffix("</html>\n"))
        let markdown = MarkdownReport(input).render()
        #expect(markdown.contains("No themes are declared yet") && markdown.contains("0 events"))
    }

    @Test("Markdown carries the same content, tables in place of charts, escaped")
    func markdownContent() {
        let text = ReportRenderingTests.markdown
        #expect(text.hasPrefix("# Alliance & \\<trust\\> study\n"))
        #expect(text.contains("> I trust her \\<script\\>alert(1)\\</script\\> & that's \"that\" \\| really."))
        #expect(text.contains("> — P01, turn 12 · P01 (participant) · [00:01:23.400](videos/P01%20session.mp4#t=83.4) · `alliance/bond/trust`"))
        #expect(text.contains("> — P05, turn 40 · Interpreter (interpreter) · 00:10:12 · `interpreter/triadic`"))
        #expect(text.contains("She said \\*my\\* name right"))
        #expect(text.contains("| Interview \\| P02 |"))
        #expect(text.contains("| 2 | alliance/bond/trust | 2 | 9 | 1 |"))
        #expect(text.contains("| The alliance as lived | 2 of 2 | 0 of 1 |"))
        #expect(text.contains("- **warning** `three-in-the-room` rests on one source \\<only\\>"))
        #expect(text.contains("| 2 | 2026-03-31 23:33 UTC | anna | 2 initial-codes | code | coded P01:12 with \\<trust\\> |"))
        #expect(!text.contains("<svg") && !text.contains("<script>"))
        // Every table row has as many cells as its header.
        for table in text.components(separatedBy: "\n\n") where table.hasPrefix("|") {
            let rows = table.split(separator: "\n").filter { $0.hasPrefix("|") }
            let widths = Set(rows.map { $0.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count })
            #expect(widths.count == 1, "ragged table:\n\(table)")
        }
    }

    @Test("the form follows the file name", arguments: [
        ("report.html", ReportFormat.html), ("R.HTM", .html), ("notes/report.md", .markdown), ("a.markdown", .markdown),
    ])
    func formats(name: String, format: ReportFormat) {
        #expect(ReportFormat(fileName: name) == format)
    }

    @Test("other names are refused", arguments: ["report", "report.txt", "report.html.bak", "dir.html/report", ".", ""])
    func badNames(name: String) {
        #expect(ReportFormat(fileName: name) == nil)
    }
}
