import Foundation

/// The report as Markdown: the same content as the HTML page, with tables in place of charts, for
/// a thesis draft, a wiki or a pull request.
///
/// Text from the study is escaped so that no name or quote can open a link, emphasis, raw HTML or
/// a table column; the only links are the quotes' time codes to their recordings.
public struct MarkdownReport: Sendable {
    public var input: ReportInput

    public init(_ input: ReportInput) { self.input = input }

    private func m(_ text: String) -> String { Markup.markdown(text) }

    /// The document.
    public func render() -> String {
        var lines: [String] = []
        lines.append("# \(m(input.studyName))")
        lines.append("")
        var meta = ["Thematic analysis report", ReportText.phase(input.phase)]
        if let approach = input.approach { meta.append("\(approach) approach") }
        meta.append("generated \(ReportText.date(input.generatedAt))")
        lines.append("*" + meta.map(m).joined(separator: " · ") + "*")
        lines += section("The study at a glance")
        lines += table(["", ""], ReportText.summary(input).map { [$0.0, $0.1] }, header: ["Figure", "Value"])
        lines += sourcesSection()
        lines += mapSection()
        lines += themesSection()
        lines += chartsSection()
        if let rows = input.agreement {
            lines += section("Inter-coder agreement")
            lines += rows.isEmpty ? ["No agreement figures."]
                : table(["", "", "r", ""], rows.map { [$0.scope, $0.measure, ReportText.statistic($0.value), $0.detail ?? ""] },
                        header: ["Compared", "Measure", "Value", "Details"])
        }
        if let findings = input.findings {
            lines += section("Audit findings")
            lines += findings.isEmpty ? ["The audit found nothing to report."]
                : findings.map { "- **\($0.severity.rawValue)**" + ($0.subject.map { " `\(code($0))`" } ?? "") + " " + m($0.message) }
        }
        lines += section("How the figures were made")
        lines += input.methodNotes.map { "- " + m($0) }
        lines += section("Appendix: the audit trail")
        lines.append("Every change to the project, oldest first: \(ReportText.count(input.trail.count, "event")).")
        if !input.trail.isEmpty {
            lines.append("")
            lines += table(["r", "", "", "", "", ""], input.trail.map {
                [String($0.id), ReportText.date($0.timestamp), $0.actor, "\($0.phase.rawValue) \($0.phase.name)", $0.command, $0.summary]
            }, header: ["#", "When", "Who", "Phase", "Command", "What"])
        }
        lines.append("")
        lines.append("---")
        lines.append("")
        lines.append("Made with Thematic from the project's data. The figures are evidence for the researcher's judgement, not a verdict.")
        return lines.joined(separator: "\n") + "\n"
    }

    private func section(_ title: String, level: Int = 2) -> [String] {
        ["", String(repeating: "#", count: level) + " " + m(title), ""]
    }

    /// Code text inside backticks: a backtick in it would end the span, so it becomes `'`.
    private func code(_ text: String) -> String {
        m(text).replacingOccurrences(of: "\\`", with: "'").replacingOccurrences(of: "`", with: "'")
            .replacingOccurrences(of: "\\", with: "")
    }

    /// A pipe table; `alignments` holds `r` for right-aligned columns.
    private func table(_ alignments: [String], _ rows: [[String]], header: [String]) -> [String] {
        var lines = ["| " + header.map(m).joined(separator: " | ") + " |"]
        lines.append("|" + header.indices.map { index in
            (index < alignments.count && alignments[index] == "r") ? " ---: " : " --- "
        }.joined(separator: "|") + "|")
        for row in rows {
            lines.append("| " + row.map { $0.isEmpty ? " " : m($0) }.joined(separator: " | ") + " |")
        }
        return lines
    }

    private func sourcesSection() -> [String] {
        var lines = section("Sources and coders")
        if input.sources.isEmpty {
            lines.append("No sources are ingested yet.")
        } else {
            lines += table(["", "", "", "r", "r", "r", ""], input.sources.map {
                [$0.id, $0.title, $0.interviewers.isEmpty ? "–" : $0.interviewers.joined(separator: ", "), ReportText.duration($0.duration),
                 ReportText.number($0.utteranceCount), ReportText.number($0.wordCount), $0.media ?? "–"]
            }, header: ["Source", "Title", "Interviewer", "Duration", "Turns", "Words", "Recording"])
        }
        lines.append("")
        if input.coders.isEmpty {
            lines.append("Nothing is coded yet.")
        } else {
            lines += table(["", "", "r", "r"], input.coders.map {
                [$0.id, $0.isAutomatic ? "auto-coding rule" : "person", ReportText.number($0.codings), ReportText.number($0.sources)]
            }, header: ["Coder", "Kind", "Codings", "Sources"])
        }
        return lines
    }

    private func codeLine(_ code: ReportCode, indent: String) -> String {
        "\(indent)- \(m(code.name)) `\(self.code(code.id))` — \(ReportText.count(code.segments, "segment"))"
    }

    private func mapSection() -> [String] {
        var lines = section("Thematic map")
        if input.themes.isEmpty { return lines + ["No themes are declared yet (add `themes:` to the codebook in phase 3)."] }
        for theme in input.themes {
            lines.append("- **\(m(theme.name))**")
            for subtheme in theme.subthemes {
                lines.append("  - *\(m(subtheme.name))*")
                lines += subtheme.codes.map { codeLine($0, indent: "    ") }
            }
            lines += theme.codes.map { codeLine($0, indent: "  ") }
        }
        return lines
    }

    private func themesSection() -> [String] {
        var lines = section("Themes")
        if input.themes.isEmpty { lines.append("No themes are declared yet.") }
        for (index, theme) in input.themes.enumerated() {
            lines += section("\(index + 1). \(theme.name)", level: 3)
            if let status = theme.status { lines += ["Status: \(m(status))", ""] }
            lines.append(theme.definition.isEmpty ? "*No definition written yet.*" : "**Definition.** " + m(theme.definition))
            if let scope = theme.scopeNote, !scope.isEmpty { lines += ["", "**Scope.** " + m(scope)] }
            lines += ["", "**Prevalence.** " + m(ReportText.prevalence(theme.prevalence)) + "."]
            if let attribute = input.splitAttribute, !theme.prevalence.groups.isEmpty {
                lines.append("")
                lines += table(["", "r", "r"], theme.prevalence.groups.map {
                    [$0.value, String($0.segments), ReportText.fraction($0.participants, $0.groupParticipants)]
                }, header: [attribute.name, "Segments", "Participants"])
            }
            lines += section("Codes", level: 4)
            if theme.allCodes.isEmpty { lines.append("The theme gathers no codes yet.") }
            for subtheme in theme.subthemes {
                lines.append("- *\(m(subtheme.name))*" + (subtheme.definition.isEmpty ? "" : " — " + m(subtheme.definition)))
                lines += subtheme.codes.map { codeLine($0, indent: "  ") }
            }
            lines += theme.codes.map { codeLine($0, indent: "") }
            lines += section("Extracts", level: 4)
            if !theme.quoteRule.isEmpty { lines += ["*" + m(theme.quoteRule) + "*", ""] }
            if theme.quotes.isEmpty { lines.append("No coded segments yet.") }
            for quote in theme.quotes {
                lines.append("> " + m(quote.text))
                lines.append(">")
                lines.append("> — " + citation(quote))
                lines.append("")
            }
        }
        return lines
    }

    private func citation(_ quote: ReportQuote) -> String {
        var parts = [m(quote.sourceID) + (quote.utterance.map { ", turn \($0)" } ?? ""), m(ReportText.speaker(quote))]
        if let start = quote.start {
            let time = ReportText.duration(start)
            parts.append(quote.mediaLink.map { "[\(time)](\($0))" } ?? time)
        }
        var line = parts.joined(separator: " · ")
        if !quote.codes.isEmpty { line += " · " + quote.codes.map { "`\(code($0))`" }.joined(separator: " ") }
        return line
    }

    private func chartsSection() -> [String] {
        var lines = section("Codes and prevalence")
        lines += section("Code frequencies", level: 3)
        lines += input.codeFrequencies.isEmpty ? ["No codings yet."]
            : table(["", "", "r", "r"], input.codeFrequencies.map { [$0.codeID, $0.name, String($0.codings), String($0.sources)] },
                    header: ["Code", "Name", "Codings", "Sources"])
        if let cooccurrence = input.cooccurrence {
            lines += section("Code co-occurrence", level: 3)
            lines.append("How often two codes occur together (\(m(cooccurrence.unit))); the diagonal counts each code's own. Columns are numbered as the rows."
                + (cooccurrence.omittedCodes > 0 ? " The \(ReportText.count(cooccurrence.omittedCodes, "least used code")) are left out." : ""))
            lines.append("")
            let n = cooccurrence.codes.count
            lines += table(["", ""] + Array(repeating: "r", count: n), cooccurrence.codes.enumerated().map { row, label in
                [String(row + 1), label] + (0..<n).map { column in
                    let value = row < cooccurrence.cells.count && column < cooccurrence.cells[row].count ? cooccurrence.cells[row][column] : 0
                    return value > 0 ? String(value) : "·"
                }
            }, header: ["#", "Code"] + (0..<n).map { String($0 + 1) })
        }
        if let attribute = input.splitAttribute {
            lines += section("Prevalence by \(attribute.name)", level: 3)
            lines.append("Participants in each group whose interviews hold the theme.")
            lines.append("")
            lines += table([""] + Array(repeating: "r", count: attribute.values.count), input.themes.map { theme in
                [theme.name] + attribute.values.map { value in
                    theme.prevalence.groups.first { $0.value == value }.map { ReportText.fraction($0.participants, $0.groupParticipants) } ?? "–"
                }
            }, header: ["Theme"] + attribute.values)
        }
        return lines
    }
}
