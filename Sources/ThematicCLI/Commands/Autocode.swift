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
            let report = try reportingFailures { () throws(ThematicError) in
                try project.autocode(rules: chosen, sources: source.map { $0.split(separator: ",").map(String.init) }, dryRun: dryRun)
            }
            switch output.format {
            case .json:
                try JSONOutput.print(report.hits)
            case .csv:
                Console.out(csvText(header: ["rule", "code", "source", "utterance", "start", "end", "match", "text", "new"],
                                    rows: report.hits.map {
                                        [$0.ruleID, $0.codeID, $0.sourceID, String($0.utterance), String($0.span.start),
                                         String($0.span.end), $0.match, $0.text, $0.isNew ? "yes" : "no"]
                                    }), terminator: "")
            case .text:
                for hit in report.hits {
                    Console.out("\(hit.isNew ? "+" : "=") \(hit.sourceID):\(hit.utterance) \(hit.codeID) [\(hit.ruleID): \(hit.match)] \(hit.text)")
                }
                let added = report.hits.filter(\.isNew).count
                for rule in report.rules {
                    Console.error("rule \(rule.id) → \(rule.codeID): \(report.countsByRule[rule.id] ?? 0) hits")
                }
                Console.error(report.dryRun ? "dry run: \(added) new codings would be stored"
                                            : "\(added) new codings stored, \(report.hits.count - added) already there")
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
