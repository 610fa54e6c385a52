import ArgumentParser
import Foundation
import Thematic

extension ThematicCommand {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the study's report: themes, evidence and charts, as one HTML page or Markdown.",
            discussion: """
                The report holds the study (name, phase, sources with durations and interviewers, \
                coders), each theme with its definition, codes, prevalence (segments, sources, \
                participants, split by a case attribute with --by) and exemplar extracts with \
                source, speaker, role and time code, charts (code frequencies, co-occurrence, the \
                thematic map, prevalence by attribute), and the audit trail as an appendix.

                The form follows the file name: .html gives one self-contained page (inline CSS \
                and SVG, no script, nothing fetched; it prints well), .md gives Markdown with \
                tables in place of charts. Where a transcript names its recording (front matter \
                media:, ELAN MEDIA_DESCRIPTOR, TEI recordingStmt), an extract's time code links to \
                it as media#t=SECONDS. Writing a report is recorded in the audit trail.

                Examples:
                  thematic report -o report.html
                  thematic report -o report.md --quotes 5 --by interviewer
                  thematic report -o trust.html --themes alliance-as-lived,three-in-the-room
                """)

        @OptionGroup var projectOptions: ProjectOptions

        @Option(name: [.short, .long], help: ArgumentHelp("The report file: NAME.html or NAME.md.", valueName: "file"))
        var output: String

        @Option(name: .long, parsing: .upToNextOption,
                help: ArgumentHelp("Only these themes (ids or names, comma- or space-separated), in this order.", valueName: "theme"))
        var themes: [String] = []

        @Option(help: ArgumentHelp("Exemplar extracts per theme (1–\(ReportOptions.quoteLimit)).", valueName: "n"))
        var quotes = 3

        @Option(help: ArgumentHelp("Split prevalence by this case attribute (e.g. interviewer).", valueName: "attribute"))
        var by: String?

        @Option(help: ArgumentHelp("Show the agreement of these coders per code (e.g. anna,ben; auto:* pools the rules).",
                                   valueName: "coders"))
        var agreement: String?

        @OptionGroup var outputOptions: OutputOptions

        func validate() throws {
            guard ReportFormat(fileName: output) != nil else {
                throw ValidationError("--output must name an .html or .md file (got '\(output)')")
            }
            guard (1...ReportOptions.quoteLimit).contains(quotes) else {
                throw ValidationError("--quotes must be 1 to \(ReportOptions.quoteLimit) (got \(quotes))")
            }
            if let agreement, Set(agreement.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }).count < 2 {
                throw ValidationError("--agreement needs two or more coders, comma-separated (got '\(agreement)')")
            }
            if let by, by.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("--by needs a case attribute's name")
            }
        }

        func run() throws {
            let project = try projectOptions.open()
            let wanted = themes.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let coders = (agreement ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let options = ReportOptions(themes: wanted, quotes: quotes, splitBy: by, agreementCoders: coders)
            let input = try reportingFailures { () throws(ThematicError) in try project.reportInput(options: options) }
            let format = try reportingFailures { () throws(ThematicError) in try project.writeReport(to: output, options: options, input: input) }
            switch outputOptions.format {
            case .json:
                try JSONOutput.print(ReportJSON(file: output, format: format.rawValue, themes: input.themes.map(\.id),
                                                extracts: input.quotes.count, charts: input.chartIDs))
            case .text:
                Console.out("Wrote \(output) (\(format == .html ? "HTML" : "Markdown")): \(input.themes.count) themes, "
                    + "\(input.quotes.count) extracts, \(input.sources.count) sources.")
            }
        }
    }
}

private struct ReportJSON: Encodable {
    var file: String
    var format: String
    var themes: [String]
    var extracts: Int
    var charts: [String]
}
