import ArgumentParser
import Foundation
import Thematic

extension AgreementMetric: ExpressibleByArgument {}
extension KappaWeights: ExpressibleByArgument {}
extension AgreementUnit: ExpressibleByArgument {}

extension ThematicCommand {
    struct Agreement: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Agreement between coders: Krippendorff's alpha, Cohen's and Fleiss' kappa and the rest.",
            discussion: """
                Two ways in:

                On a reliability-data file (--data FILE.csv): one row per coder, one column per unit, \
                an empty cell is missing; values are numbers or labels. Prints Krippendorff's alpha at \
                --metric and, where the data allow, percent agreement, Cohen's kappa (two coders), \
                weighted kappa (--weights), Scott's pi, Fleiss' kappa (units every coder coded), \
                Brennan-Prediger and Gwet's AC1, each with the units, values and coders it used. A \
                coefficient the data leave undefined prints 'not computable' with the reason.

                On the project's codings (--coders anna,ben): every utterance, sentence or character \
                of the chosen sources is a unit; per code each coder coded it or not. Prints a table \
                per code (pooled over sources), per source (pooled over codes), per code x source, \
                and overall (pooled, and the mean of the per-code values). A coder with no coding in \
                a source counts as missing there. 'auto:*' pools every auto-coding rule as one coder. \
                --disagreements lists the segments where the coders differ, with their text.

                Examples:
                  thematic agreement --data ratings.csv --metric ordinal
                  thematic agreement --data ratings.csv --names --header --format json
                  thematic agreement --data ratings.csv --weights quadratic
                  thematic agreement --data spss.csv --transpose --header
                  thematic agreement --data ratings.csv --bootstrap 1000 --seed 7
                  thematic agreement --coders anna,ben --unit sentence
                  thematic agreement --coders anna,ben --exclude-role interpreter
                  thematic agreement --coders anna,ben --codes trust --disagreements
                  thematic agreement --coders 'auto:*',ben --sources P01,P02
                  thematic agreement --coders 'auto:*',ben --unit character
                See docs/agreement.md for the definitions and the JSON keys.
                """)

        // MARK: data file

        @Option(help: ArgumentHelp("A reliability-data CSV file: rows = coders, columns = units.", valueName: "file"))
        var data: String?

        @Option(help: "The level of measurement for Krippendorff's alpha (data file).")
        var metric: AgreementMetric = .nominal

        @Flag(help: "The first row names the units (with --transpose: the coders).")
        var header = false

        @Flag(help: "The first column names the coders (with --transpose: the units).")
        var names = false

        @Flag(help: "Rows are units and columns coders (the SPSS/R layout).")
        var transpose = false

        @Option(help: "Also compute Cohen's weighted kappa with linear or quadratic weights (two coders, numbers).")
        var weights: KappaWeights?

        @Option(help: ArgumentHelp("Add a bootstrap confidence interval for alpha from this many resamples of the units.",
                                   valueName: "n"))
        var bootstrap: Int?

        @Option(help: "The seed of the bootstrap's random numbers (the same seed gives the same interval).")
        var seed: UInt64 = 1

        @Option(help: ArgumentHelp("The bootstrap interval's confidence level, between 0 and 1.", valueName: "level"))
        var confidence: Double = 0.95

        @Flag(help: "Print on stderr how long reading and computing took.")
        var timing = false

        // MARK: project

        @OptionGroup var projectOptions: ProjectOptions

        @Option(help: ArgumentHelp("Two or more coders, comma-separated; 'auto:*' pools the auto-coding rules.", valueName: "a,b"))
        var coders: String?

        @Option(help: "The unit of the project's data: utterance, sentence or character.")
        var unit: AgreementUnit?

        @Option(help: ArgumentHelp("Codes to compare, comma-separated (default: every code the coders used).", valueName: "codes"))
        var codes: String?

        @Flag(help: "Count codings of the codes below a code as codings of the code.")
        var withSubcodes = false

        @Option(help: ArgumentHelp("Sources to compare, comma-separated (default: all).", valueName: "ids"))
        var sources: String?

        @Option(help: ArgumentHelp("Leave this role's speech out of the units (interviewer, participant, interpreter, other); repeatable.",
                                   valueName: "role"))
        var excludeRole: [String] = []

        @Flag(help: "List the segments where the coders differ, with their text and who coded what.")
        var disagreements = false

        @OptionGroup var output: TableOutputOptions

        func validate() throws {
            if let bootstrap, bootstrap < 1 || bootstrap > 1_000_000 {
                throw ValidationError("--bootstrap must be a number of resamples from 1 to 1000000, not \(bootstrap)")
            }
            guard confidence.isFinite, confidence > 0, confidence < 1 else {
                throw ValidationError("--confidence must lie between 0 and 1 (e.g. 0.95), not \(confidence)")
            }
            switch (data, coders) {
            case (nil, nil): throw ValidationError("give --data FILE.csv (reliability data) or --coders a,b (the project's codings)")
            case (.some, .some): throw ValidationError("--data and --coders are two separate uses; give one of them")
            case (.some, nil):
                let projectOnly = [unit != nil ? "--unit" : nil, codes != nil ? "--codes" : nil, sources != nil ? "--sources" : nil,
                                   withSubcodes ? "--with-subcodes" : nil, excludeRole.isEmpty ? nil : "--exclude-role",
                                   disagreements ? "--disagreements" : nil, projectOptions.project != nil ? "--project" : nil].compactMap { $0 }
                if let first = projectOnly.first { throw ValidationError("\(first) is for --coders (a project), not --data") }
            case (nil, .some(let coders)):
                let dataOnly = [metric != .nominal ? "--metric" : nil, header ? "--header" : nil, names ? "--names" : nil,
                                transpose ? "--transpose" : nil, weights != nil ? "--weights" : nil,
                                bootstrap != nil ? "--bootstrap" : nil].compactMap { $0 }
                if let first = dataOnly.first {
                    throw ValidationError("\(first) is for --data (a reliability-data file); on a project every code is a nominal coded/not-coded decision")
                }
                let list = Self.list(coders)
                guard list.count >= 2 else { throw ValidationError("--coders needs two or more coders, e.g. --coders anna,ben") }
                guard Set(list).count == list.count else { throw ValidationError("--coders names a coder twice: \(coders)") }
                _ = try roles()
                if codes != nil, Self.list(codes!).isEmpty { throw ValidationError("--codes is empty") }
                if sources != nil, Self.list(sources!).isEmpty { throw ValidationError("--sources is empty") }
            }
        }

        static func list(_ text: String) -> [String] {
            text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        private func roles() throws -> [SpeakerRole] {
            try excludeRole.flatMap(Self.list).map { name in
                guard let role = SpeakerRole(rawValue: name.lowercased()) else {
                    throw ValidationError("unknown role '\(name)' for --exclude-role; roles: \(SpeakerRole.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return role
            }
        }

        func run() throws {
            if let data {
                let clock = ContinuousClock()
                let started = clock.now
                let file = ReliabilityDataFile(hasHeader: header, hasNames: names, transposed: transpose)
                let reliability = try reportingFailures { () throws(ThematicError) in try file.read(contentsOf: data, metric: metric) }
                let read = clock.now
                var summary = AgreementSummary(reliability, metric: metric, weights: weights)
                if let bootstrap {
                    summary.alphaInterval = KrippendorffAlpha.bootstrap(reliability, metric: metric, samples: bootstrap, seed: seed,
                                                                        level: confidence)
                }
                if timing {
                    let computed = clock.now
                    _ = KrippendorffAlpha.compute(reliability, metric: metric)
                    Console.error("timing: read \(Self.seconds(read - started)) s, all coefficients \(Self.seconds(computed - read)) s, "
                                  + "alpha alone \(Self.seconds(clock.now - computed)) s (\(reliability.unitCount) units × \(reliability.coders.count) coders)")
                }
                AgreementOutput.print(summary, file: data, format: output.format)
                return
            }
            let request = AgreementRequest(coders: Self.list(coders ?? ""), unit: unit ?? .utterance, codes: codes.map(Self.list),
                                           includesSubcodes: withSubcodes, sources: sources.map(Self.list), excludedRoles: try roles(),
                                           disagreements: disagreements)
            let project = try projectOptions.open()
            let report = try reportingFailures { () throws(ThematicError) in try project.agreement(request) }
            AgreementOutput.print(report, format: output.format)
        }

        private static func seconds(_ duration: Duration) -> String {
            let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            return String(format: "%.3f", value)
        }
    }
}
