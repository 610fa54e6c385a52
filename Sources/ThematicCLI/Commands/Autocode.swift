import ArgumentParser
import Foundation
import Thematic

extension ThematicCommand {
    struct Autocode: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Code by rules: keywords, phrases and patterns, per speaker role, in units.",
            discussion: """
                Each rule's codings are recorded with the coder auto:<rule>, so they can be reviewed with
                'query … --coder auto:<rule>' and removed with 'uncode --all --coder auto:<rule>'.
                Running it again adds only what is new. The rules format is described in docs/coding.md.

                Examples:
                  thematic autocode --rules Examples/alliance-study/rules.yaml --dry-run
                  thematic autocode --rules rules.yaml --source P01,P02
                """)

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var output: TableOutputOptions

        @Option(help: ArgumentHelp("The rules file (YAML). Default: the codebook's rules ('autocode:' on codes), else rules.yaml next to the project file.", valueName: "file"))
        var rules: String?

        @Option(help: ArgumentHelp("Only these sources (comma-separated).", valueName: "ids"))
        var source: String?

        @Flag(help: "Show the hits without storing anything.")
        var dryRun = false

        func run() throws {
            let project = try projectOptions.open()
            let chosen = try reportingFailures { () throws(ThematicError) in
                if let rules { return try Project.readRules(from: rules) }
                let inCodebook = try project.codebook().rules
                if !inCodebook.isEmpty { return inCodebook }
                let beside = ((project.path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("rules.yaml")
                guard FileManager.default.fileExists(atPath: beside) else {
                    throw ThematicError.invalidRequest("no rules: the codebook has none ('autocode:' on its codes); give --rules FILE")
                }
                return try Project.readRules(from: beside)
            }
            // A dry run's hits in text or CSV are printed as they are found, so memory stays bounded
            // however many there are; JSON and a storing run print them once the run is done.
            var sink = BufferedOutput()
            let header = ["rule", "code", "source", "utterance", "start", "end", "match", "text", "new"]
            let streamed = dryRun && output.format != .json
            if streamed, output.format == .csv { sink.append(csvText(header: header, rows: [])) }
            let report = try reportingFailures { () throws(ThematicError) in
                try project.autocode(rules: chosen, sources: source.map { $0.split(separator: ",").map(String.init) }, dryRun: dryRun,
                                     onHit: streamed ? { hit in write(hit, to: &sink) } : nil)
            }
            switch output.format {
            case .json:
                try JSONOutput.print(report.hits)
            case .csv:
                if !streamed { sink.append(csvText(header: header, rows: [])) }
                report.hits.forEach { write($0, to: &sink) }
                sink.flush()
            case .text:
                report.hits.forEach { write($0, to: &sink) }
                sink.flush()
                for rule in report.rules {
                    Console.error("rule \(rule.id) → \(rule.codeID): \(report.countsByRule[rule.id] ?? 0) hits")
                }
                Console.error(report.dryRun ? "dry run: \(report.newCount) new codings would be stored"
                                            : "\(report.newCount) new codings stored, \(report.hitCount - report.newCount) already there")
            }
        }

        /// Writes one hit as a line of the chosen format (text or CSV).
        private func write(_ hit: AutoCodingReport.Hit, to sink: inout BufferedOutput) {
            switch output.format {
            case .csv:
                sink.append(csvRow([hit.ruleID, hit.codeID, hit.sourceID, String(hit.utterance), String(hit.span.start),
                                      String(hit.span.end), hit.match, hit.text, hit.isNew ? "yes" : "no"]))
            case .text, .json:
                sink.line("\(hit.isNew ? "+" : "=") \(hit.sourceID):\(hit.utterance) \(hit.codeID) [\(hit.ruleID): \(hit.match)] \(hit.text)")
            }
        }
    }
}

extension Console {
    /// Data without an added line break (for CSV text that ends in its own).
    static func out(_ text: String, terminator: String) {
        print(text, terminator: terminator)
    }
}
