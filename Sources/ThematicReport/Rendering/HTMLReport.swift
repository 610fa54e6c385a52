/// The report as one self-contained HTML page: inline CSS (with a print stylesheet), inline SVG
/// charts, no script, no font, no external asset, so it opens from disk and travels as one file.
///
/// Every piece of text from the study (names, definitions, quotes, the trail) is escaped; the only
/// links are the quotes' time codes to their recordings (`media#t=SECONDS`) and the page's own
/// anchors.
public struct HTMLReport: Sendable {
    public var input: ReportInput

    public init(_ input: ReportInput) { self.input = input }

    /// The page.
    public func render() -> String {
        var page: [String] = []
        page.append("<!DOCTYPE html>")
        page.append("<html lang=\"en\">")
        page.append("<head>")
        page.append("<meta charset=\"utf-8\">")
        page.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        page.append("<meta name=\"generator\" content=\"Thematic\">")
        page.append("<title>\(h(input.studyName)) — thematic analysis report</title>")
        page.append("<style>\n" + ReportStylesheet.css + "</style>")
        page.append("</head>")
        page.append("<body>")
        page.append(contentsOf: header())
        page.append(contentsOf: contents())
        page.append("<main>")
        page.append(contentsOf: summary())
        page.append(contentsOf: studySection())
        page.append(contentsOf: mapSection())
        page.append(contentsOf: themesSection())
        page.append(contentsOf: chartsSection())
        page.append(contentsOf: agreementSection())
        page.append(contentsOf: findingsSection())
        page.append(contentsOf: methodSection())
        page.append(contentsOf: trailSection())
        page.append("</main>")
        page.append("<footer class=\"colophon\"><p>Made with Thematic from the project's data on \(h(ReportText.date(input.generatedAt))). "
            + "The figures are evidence for the researcher's judgement, not a verdict.</p></footer>")
        page.append("</body>")
        page.append("</html>")
        return page.joined(separator: "\n") + "\n"
    }

    private func h(_ text: String) -> String { Markup.html(text) }

    private func header() -> [String] {
        var lines = ["<header class=\"title\">", "<p class=\"kicker\">Thematic analysis report</p>", "<h1>\(h(input.studyName))</h1>"]
        var meta = [ReportText.phase(input.phase)]
        if let approach = input.approach { meta.append("\(approach) approach") }
        meta.append("generated \(ReportText.date(input.generatedAt))")
        lines.append("<p class=\"meta\">" + meta.map(h).joined(separator: " · ") + "</p>")
        lines.append("</header>")
        return lines
    }

    private var sections: [(id: String, title: String)] {
        var list = [("summary", "The study at a glance"), ("sources", "Sources and coders"), ("map", "Thematic map"),
                    ("themes", "Themes"), ("charts", "Codes and prevalence")]
        if input.agreement != nil { list.append(("agreement", "Inter-coder agreement")) }
        if input.findings != nil { list.append(("findings", "Audit findings")) }
        list.append(("method", "How the figures were made"))
        list.append(("trail", "Appendix: the audit trail"))
        return list
    }

    private func contents() -> [String] {
        var lines = ["<nav class=\"contents\" aria-label=\"Contents\">", "<h2>Contents</h2>", "<ol>"]
        for section in sections {
            lines.append("<li><a href=\"#\(section.id)\">\(h(section.title))</a>")
            if section.id == "themes", !input.themes.isEmpty {
                lines.append("<ol>" + input.themes.map { "<li><a href=\"#\(Markup.anchor("theme", $0.id))\">\(h($0.name))</a></li>" }.joined() + "</ol>")
            }
            lines.append("</li>")
        }
        lines += ["</ol>", "</nav>"]
        return lines
    }

    private func summary() -> [String] {
        var lines = ["<section id=\"summary\">", "<h2>The study at a glance</h2>", "<dl class=\"facts\">"]
        for (label, value) in ReportText.summary(input) {
            lines.append("<div><dt>\(h(label))</dt><dd>\(h(value))</dd></div>")
        }
        lines += ["</dl>", "</section>"]
        return lines
    }

    private func studySection() -> [String] {
        var lines = ["<section id=\"sources\">", "<h2>Sources and coders</h2>"]
        if input.sources.isEmpty {
            lines.append("<p class=\"empty\">No sources are ingested yet.</p>")
        } else {
            lines.append("<table class=\"sources\">")
            lines.append("<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Title</th><th scope=\"col\">Interviewer</th>"
                + "<th scope=\"col\" class=\"number\">Duration</th><th scope=\"col\" class=\"number\">Turns</th>"
                + "<th scope=\"col\" class=\"number\">Words</th><th scope=\"col\">Recording</th></tr></thead>")
            lines.append("<tbody>")
            for source in input.sources {
                lines.append("<tr><th scope=\"row\">\(h(source.id))</th><td>\(h(source.title))</td>"
                    + "<td>\(h(source.interviewers.isEmpty ? "–" : source.interviewers.joined(separator: ", ")))</td>"
                    + "<td class=\"number\">\(h(ReportText.duration(source.duration)))</td>"
                    + "<td class=\"number\">\(ReportText.number(source.utteranceCount))</td>"
                    + "<td class=\"number\">\(ReportText.number(source.wordCount))</td>"
                    + "<td>\(h(source.media ?? "–"))</td></tr>")
            }
            lines += ["</tbody>", "</table>"]
        }
        if input.coders.isEmpty {
            lines.append("<p class=\"empty\">Nothing is coded yet.</p>")
        } else {
            lines.append("<table class=\"coders\">")
            lines.append("<thead><tr><th scope=\"col\">Coder</th><th scope=\"col\">Kind</th><th scope=\"col\" class=\"number\">Codings</th>"
                + "<th scope=\"col\" class=\"number\">Sources</th></tr></thead>")
            lines.append("<tbody>")
            for coder in input.coders {
                lines.append("<tr><th scope=\"row\">\(h(coder.id))</th><td>\(coder.isAutomatic ? "auto-coding rule" : "person")</td>"
                    + "<td class=\"number\">\(ReportText.number(coder.codings))</td><td class=\"number\">\(ReportText.number(coder.sources))</td></tr>")
            }
            lines += ["</tbody>", "</table>"]
        }
        lines.append("</section>")
        return lines
    }

    private func figure(_ svg: String, caption: String) -> [String] {
        ["<figure class=\"chart\">", "<div class=\"scroll\">", svg, "</div>", "<figcaption>\(h(caption))</figcaption>", "</figure>"]
    }

    private func mapSection() -> [String] {
        var lines = ["<section id=\"map\">", "<h2>Thematic map</h2>"]
        if input.themes.isEmpty {
            lines.append("<p class=\"empty\">No themes are declared yet (add <code>themes:</code> to the codebook in phase 3).</p>")
        }
        lines += figure(input.thematicMapChart.svg(),
                        caption: "Each theme with its subthemes and codes; a code's number counts the segments coded with it.")
        lines.append("</section>")
        return lines
    }

    private func themesSection() -> [String] {
        var lines = ["<section id=\"themes\">", "<h2>Themes</h2>"]
        if input.themes.isEmpty { lines.append("<p class=\"empty\">No themes are declared yet.</p>") }
        for (index, theme) in input.themes.enumerated() {
            lines += themeArticle(theme, number: index + 1)
        }
        lines.append("</section>")
        return lines
    }

    private func themeArticle(_ theme: ReportTheme, number: Int) -> [String] {
        var lines = ["<article class=\"theme\" id=\"\(Markup.anchor("theme", theme.id))\" data-theme=\"\(h(theme.id))\">"]
        lines.append("<h3><span class=\"number\">\(number).</span> \(h(theme.name))</h3>")
        if let status = theme.status { lines.append("<p class=\"status\">Status: \(h(status))</p>") }
        lines.append(theme.definition.isEmpty ? "<p class=\"definition empty\">No definition written yet.</p>"
            : "<p class=\"definition\"><strong>Definition.</strong> \(h(theme.definition))</p>")
        if let scope = theme.scopeNote, !scope.isEmpty { lines.append("<p class=\"scope\"><strong>Scope.</strong> \(h(scope))</p>") }
        lines.append("<p class=\"prevalence\"><strong>Prevalence.</strong> \(h(ReportText.prevalence(theme.prevalence))).</p>")
        if let attribute = input.splitAttribute, !theme.prevalence.groups.isEmpty {
            lines.append("<table class=\"groups\"><caption>By \(h(attribute.name))</caption>")
            lines.append("<thead><tr><th scope=\"col\">\(h(attribute.name))</th><th scope=\"col\" class=\"number\">Segments</th>"
                + "<th scope=\"col\" class=\"number\">Participants</th></tr></thead><tbody>")
            for group in theme.prevalence.groups {
                lines.append("<tr><th scope=\"row\">\(h(group.value))</th><td class=\"number\">\(group.segments)</td>"
                    + "<td class=\"number\">\(h(ReportText.fraction(group.participants, group.groupParticipants)))</td></tr>")
            }
            lines.append("</tbody></table>")
        }
        lines.append("<h4>Codes</h4>")
        if theme.allCodes.isEmpty { lines.append("<p class=\"empty\">The theme gathers no codes yet.</p>") }
        let codeItems = theme.codes.map(codeItem)
        let subthemeItems = theme.subthemes.map { subtheme in
            "<li class=\"subtheme\"><strong>\(h(subtheme.name))</strong>"
                + (subtheme.definition.isEmpty ? "" : " — \(h(subtheme.definition))")
                + (subtheme.codes.isEmpty ? "" : "<ul>" + subtheme.codes.map(codeItem).joined() + "</ul>") + "</li>"
        }
        if !(codeItems + subthemeItems).isEmpty { lines.append("<ul class=\"codes\">" + (subthemeItems + codeItems).joined() + "</ul>") }
        lines.append("<h4>Extracts</h4>")
        if !theme.quoteRule.isEmpty { lines.append("<p class=\"rule\">\(h(theme.quoteRule))</p>") }
        if theme.quotes.isEmpty { lines.append("<p class=\"empty\">No coded segments yet.</p>") }
        for quote in theme.quotes { lines += quoteBlock(quote) }
        lines.append("</article>")
        return lines
    }

    private func codeItem(_ code: ReportCode) -> String {
        "<li><span class=\"code-name\">\(h(code.name))</span> <code>\(h(code.id))</code> "
            + "<span class=\"count\">\(h(ReportText.count(code.segments, "segment")))</span></li>"
    }

    private func quoteBlock(_ quote: ReportQuote) -> [String] {
        var cite = [h(quote.sourceID) + (quote.utterance.map { ", turn \($0)" } ?? "")]
        cite.append(h(ReportText.speaker(quote)))
        if let start = quote.start {
            let time = h(ReportText.duration(start))
            if let link = quote.mediaLink {
                cite.append("<a class=\"time\" href=\"\(h(link))\" title=\"Open the recording at \(time)\">\(time)</a>")
            } else {
                cite.append("<span class=\"time\">\(time)</span>")
            }
        }
        return ["<blockquote class=\"quote\" data-quote=\"\(h(quote.sourceID))\">",
                "<p>\(h(quote.text))</p>",
                "<footer>" + cite.joined(separator: " · ")
                    + (quote.codes.isEmpty ? "" : "<span class=\"quote-codes\">" + quote.codes.map { "<code>\(h($0))</code>" }.joined(separator: " ") + "</span>")
                    + "</footer>",
                "</blockquote>"]
    }

    private func chartsSection() -> [String] {
        var lines = ["<section id=\"charts\">", "<h2>Codes and prevalence</h2>"]
        lines += figure(input.codeFrequencyChart.svg(), caption: "Codings per code (each code's own, not its subcodes'), with the number of sources it appears in.")
        if let heatMap = input.cooccurrenceChart {
            var caption = "How often two codes occur together (\(heatMap.unit)); the grey diagonal counts each code's own. Columns are numbered as the rows."
            if let omitted = input.cooccurrence?.omittedCodes, omitted > 0 {
                caption += " The \(ReportText.count(omitted, "least used code")) are left out."
            }
            lines += figure(heatMap.svg(), caption: caption)
        }
        if let prevalence = input.prevalenceChart {
            lines += figure(prevalence.svg(), caption: "For each theme, the share of participants in each group whose interviews hold it.")
        } else {
            lines.append("<p class=\"empty\">Prevalence by attribute: give a case attribute with <code>--by</code> (e.g. <code>--by interviewer</code>).</p>")
        }
        lines.append("</section>")
        return lines
    }

    private func agreementSection() -> [String] {
        guard let rows = input.agreement else { return [] }
        var lines = ["<section id=\"agreement\">", "<h2>Inter-coder agreement</h2>"]
        if rows.isEmpty {
            lines.append("<p class=\"empty\">No agreement figures.</p>")
        } else {
            lines.append("<table class=\"agreement\"><thead><tr><th scope=\"col\">Compared</th><th scope=\"col\">Measure</th>"
                + "<th scope=\"col\" class=\"number\">Value</th><th scope=\"col\">Details</th></tr></thead><tbody>")
            for row in rows {
                lines.append("<tr><th scope=\"row\">\(h(row.scope))</th><td>\(h(row.measure))</td>"
                    + "<td class=\"number\">\(h(ReportText.statistic(row.value)))</td><td>\(h(row.detail ?? ""))</td></tr>")
            }
            lines.append("</tbody></table>")
        }
        lines.append("</section>")
        return lines
    }

    private func findingsSection() -> [String] {
        guard let findings = input.findings else { return [] }
        var lines = ["<section id=\"findings\">", "<h2>Audit findings</h2>"]
        if findings.isEmpty {
            lines.append("<p>The audit found nothing to report.</p>")
        } else {
            lines.append("<ul class=\"findings\">")
            for finding in findings {
                lines.append("<li class=\"finding \(finding.severity.rawValue)\"><span class=\"severity\">\(finding.severity.rawValue)</span> "
                    + (finding.subject.map { "<code>\(h($0))</code> " } ?? "") + h(finding.message) + "</li>")
            }
            lines.append("</ul>")
        }
        lines.append("</section>")
        return lines
    }

    private func methodSection() -> [String] {
        var lines = ["<section id=\"method\">", "<h2>How the figures were made</h2>", "<ul>"]
        lines += input.methodNotes.map { "<li>\(h($0))</li>" }
        lines += ["</ul>", "</section>"]
        return lines
    }

    private func trailSection() -> [String] {
        var lines = ["<section id=\"trail\" class=\"appendix\">", "<h2>Appendix: the audit trail</h2>"]
        lines.append("<p>Every change to the project, oldest first: \(h(ReportText.count(input.trail.count, "event"))).</p>")
        if !input.trail.isEmpty {
            lines.append("<table class=\"trail\"><thead><tr><th scope=\"col\" class=\"number\">#</th><th scope=\"col\">When</th>"
                + "<th scope=\"col\">Who</th><th scope=\"col\">Phase</th><th scope=\"col\">Command</th><th scope=\"col\">What</th></tr></thead><tbody>")
            for event in input.trail {
                lines.append("<tr><td class=\"number\">\(event.id)</td><td>\(h(ReportText.date(event.timestamp)))</td><td>\(h(event.actor))</td>"
                    + "<td>\(event.phase.rawValue) \(h(event.phase.name))</td><td>\(h(event.command))</td><td>\(h(event.summary))</td></tr>")
            }
            lines.append("</tbody></table>")
        }
        lines.append("</section>")
        return lines
    }
}
