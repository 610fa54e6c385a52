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
                Prints a summary per rule; --dry-run and --verbose list each coded segment once (with all
                the words that matched in it), its text shortened.

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

        @Flag(name: .shortAndLong, help: "List every coded segment (as --dry-run does), not only the summary.")
        var verbose = false

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
            // A dry run's hits as CSV are printed as they are found, so memory stays bounded however
            // many there are; JSON, text (hits grouped per segment) and a storing run print once done.
            var sink = BufferedOutput()
            let header = ["rule", "code", "source", "utterance", "start", "end", "match", "text", "new"]
            let streamed = dryRun && output.format == .csv
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
                AutocodeText.print(report, hits: verbose || dryRun)
            }
        }

        /// Writes one hit as a CSV row.
        private func write(_ hit: AutoCodingReport.Hit, to sink: inout BufferedOutput) {
            sink.append(csvRow([hit.ruleID, hit.codeID, hit.sourceID, String(hit.utterance), String(hit.span.start),
                                String(hit.span.end), hit.match, hit.text, hit.isNew ? "yes" : "no"]))
        }
    }
}

extension Console {
    /// Data without an added line break (for CSV text that ends in its own).
    static func out(_ text: String, terminator: String) {
        print(text, terminator: terminator)
    }
}

/// The text report of `autocode`: a summary per rule, and each coded segment once when asked.
enum AutocodeText {
    static func print(_ report: AutoCodingReport, hits showHits: Bool) {
        // A rule that matches several words of one segment codes it once: list it once.
        var segments: [(hit: AutoCodingReport.Hit, matches: [String])] = []
        var index: [String: Int] = [:]
        for hit in report.hits {
            let key = "\(hit.ruleID)\u{0}\(hit.sourceID)\u{0}\(hit.span.start)\u{0}\(hit.span.end)"
            if let at = index[key] {
                if !segments[at].matches.contains(hit.match) { segments[at].matches.append(hit.match) }
            } else {
                index[key] = segments.count
                segments.append((hit, [hit.match]))
            }
        }
        if showHits {
            for (hit, matches) in segments {
                let text = hit.text.unicodeScalars.count > 100 ? String(String.UnicodeScalarView(hit.text.unicodeScalars.prefix(99))) + "…" : hit.text
                Console.out("\(hit.isNew ? "+" : "=") \(hit.sourceID):\(hit.utterance)@\(hit.span.start)-\(hit.span.end) \(hit.codeID) [\(hit.ruleID): \(matches.joined(separator: ", "))] \(text)")
            }
        }
        for rule in report.rules {
            let mine = segments.filter { $0.hit.ruleID == rule.id }
            let new = mine.filter(\.hit.isNew).count
            Console.out("rule \(rule.id) → \(rule.codeID): \(mine.count) segment\(mine.count == 1 ? "" : "s"), \(new) new")
        }
        let added = segments.filter(\.hit.isNew).count
        Console.out(report.dryRun ? "dry run: \(added) new codings would be stored (nothing stored)"
                                  : "\(added) new codings stored, \(segments.count - added) already there")
    }
}
