import ArgumentParser
import Foundation
import Thematic

extension ThematicCommand {
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the bundled example study end to end.",
            discussion: """
                Creates a project from Examples/alliance-study (six interviews on the \
                client–therapist working alliance, two through an interpreter), ingests the \
                transcripts, imports the codebook and the cases, auto-codes with the example's \
                rules.yaml, compares the auto-coding with a second coder's sheet (ben, P01 and \
                P02) and prints their agreement per code; then walks the six phases (a memo per \
                source, a few segments coded by hand, an exemplar per theme), prints the audit \
                (the framework as coded, the framework from the data alone and the findings), \
                writes report.html and the REFI-QDA exports into the output folder. The project \
                is left for you to explore with the other commands.

                The example study is built into thematic: outside a checkout it is written into \
                the output folder first, so the demo runs from any folder.

                Example:
                  thematic demo --output /tmp/alliance
                  thematic sources list --project /tmp/alliance/alliance-study.thematic
                """)

        @Option(help: ArgumentHelp("Folder for the demo project (default: a new temporary folder).", valueName: "dir"))
        var output: String?

        @Option(help: ArgumentHelp("The example study's folder (default: Examples/alliance-study, found from here or the executable).",
                                   valueName: "dir"))
        var example: String?

        @OptionGroup var outputOptions: OutputOptions

        func run() throws {
            let outputDirectory = output ?? FileManager.default.temporaryDirectory
                .appendingPathComponent("thematic-demo-\(UUID().uuidString.prefix(8))").path
            let exampleDirectory: String
            if let found = DemoRun.locateExample(explicit: example, executablePath: CommandLine.arguments[0]) {
                exampleDirectory = found
            } else if let example {
                throw ValidationError("\(example) is not an example study (it needs codebook.yaml and transcripts/)")
            } else {
                // No copy on disk (an installed binary, another folder): use the one compiled in.
                exampleDirectory = try reportingFailures { () throws(ThematicError) in try DemoRun.embeddedExample(in: outputDirectory) }
            }
            let report = try reportingFailures { () throws(ThematicError) in
                try DemoRun(exampleDirectory: exampleDirectory, outputDirectory: outputDirectory).run { step in
                    Console.error("demo: \(step)")
                }
            }
            switch outputOptions.format {
            case .json:
                try JSONOutput.print(DemoJSON(project: report.projectPath, report: report.reportPath,
                                              frequencies: report.frequencies, agreement: report.agreement, audit: report.audit))
            case .text:
                Console.out("Project: \(report.projectPath)")
                Console.out()
                var table = TextTable(header: ["ID", "SPEAKERS", "UTTERANCES", "WORDS", "DURATION"], rightAligned: [2, 3])
                for source in report.sources {
                    table.rows.append([source.id, source.speakers.joined(separator: ", "), String(source.utteranceCount),
                                       String(source.wordCount),
                                       source.duration?.formatted(alwaysShowMilliseconds: false) ?? "-"])
                }
                table.render().forEach { Console.out($0) }
                Console.out()
                Console.out("Codebook: \(report.codebook.added.count) codes imported")
                report.codebookOutline.forEach { Console.out("  \($0)") }
                Console.out()
                if !report.cases.isEmpty { Console.out("Cases: \(report.cases.count), attributes " + (report.cases.first?.attributes.map(\.name).joined(separator: ", ") ?? "")) }
                if let autocoding = report.autocoding {
                    Console.out("Auto-coding: \(autocoding.hits.count) segments coded by \(autocoding.rules.count) rules")
                    for rule in autocoding.rules { Console.out("  auto:\(rule.id) → \(rule.codeID): \(autocoding.countsByRule[rule.id] ?? 0)") }
                    Console.out()
                    Console.out("Code frequencies:")
                    try FrequencyOutput.print(report.frequencies, format: .text)
                }
                if let agreement = report.agreement { AgreementOutput.printDemoStep(agreement) }
                Console.out()
                Console.out("Phases: " + report.phases.map { "\($0.from.rawValue) → \($0.to.rawValue)\($0.forced ? " (forced)" : "")" }
                    .joined(separator: ", "))
                Console.out()
                AuditText.lines(report.audit).forEach { Console.out($0) }
                Console.out()
                StatusText.lines(report.status).forEach { Console.out($0) }
                Console.out()
                report.exchangeFiles.forEach { Console.out("REFI-QDA: \($0)") }
                Console.out("Report: \(report.reportPath)")
                Console.out()
                Console.out("Explore: thematic sources show P05 --project \(report.projectPath)")
                Console.out("         thematic query 'trust AND interpreter' --context 1 --project \(report.projectPath)")
            }
        }
    }
}

private struct DemoJSON: Encodable {
    var project: String
    var report: String
    var frequencies: [CodeFrequency]
    var agreement: CodingAgreementReport?
    var audit: AuditResult
}
