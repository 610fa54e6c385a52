import ArgumentParser
import Foundation
import Thematic

extension ResearchApproach: ExpressibleByArgument {}

extension ThematicCommand {
    struct AuditCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract: "Audit the thematic framework against the coded material.",
            discussion: """
                Rebuilds the framework as coded (theme → subthemes → codes → segments → sources → \
                participants, with prevalence), rebuilds a framework from the data alone (codes \
                clustered by how they co-occur, compared with the declared themes by the adjusted \
                Rand index) and lists findings with stable ids (empty-theme, thin-theme, \
                overlapping-themes, split-theme, orphan-code, …; see docs/audit.md). Snapshots of \
                codebook and themes are taken at every phase change and by 'audit snapshot'.

                Examples:
                  thematic audit
                  thematic audit --by interviewer
                  thematic audit --by wai_score --format json
                  thematic audit --min-segments 3 --min-participants 2  (thresholds are stored)
                  thematic audit snapshot before-review
                  thematic audit diff phase-3                (against now)
                  thematic audit diff phase-3 phase-5
                """,
            subcommands: [Run.self, Snapshot.self, Snapshots.self, Diff.self],
            defaultSubcommand: Run.self)
    }
}

extension ThematicCommand.AuditCommand {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Run the audit (the default: 'thematic audit' alone runs it).",
            discussion: """
                Exit status: 0, or with --strict 1 when a finding of severity error is present \
                (such as empty-theme). Threshold options are stored in the project and used by \
                later audits and by the phase checklists.
                """)
        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var coder: CoderOptions
        @OptionGroup var output: OutputOptions
        @Flag(help: "Exit 1 when any finding has severity error.") var strict = false
        @Option(help: ArgumentHelp("Split prevalence by this case attribute (interviewer, interpreter, wai_score).",
                                   valueName: "attribute"))
        var by: String?
        @Option(help: ArgumentHelp("thin-theme below this many segments (stored).", valueName: "n")) var minSegments: Int?
        @Option(help: ArgumentHelp("thin-theme below this many participants (stored).", valueName: "n")) var minParticipants: Int?
        @Option(help: ArgumentHelp("overlapping-themes above this Jaccard index, 0–1 (stored).", valueName: "x")) var maxOverlap: Double?
        @Option(help: ArgumentHelp("The project's approach: coding-reliability, codebook or reflexive (stored).", valueName: "approach"))
        var approach: ResearchApproach?

        func validate() throws {
            if let minSegments, minSegments < 1 { throw ValidationError("--min-segments must be at least 1") }
            if let minParticipants, minParticipants < 1 { throw ValidationError("--min-participants must be at least 1") }
            if let maxOverlap, !(maxOverlap.isFinite && maxOverlap > 0 && maxOverlap <= 1) {
                throw ValidationError("--max-overlap must be a number above 0 and at most 1")
            }
            if let by, by.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--by needs an attribute name") }
        }

        func run() throws {
            let project = try projectOptions.open(coder: coder)
            let result = try reportingFailures { () throws(ThematicError) in
                var thresholds: AuditThresholds?
                if minSegments != nil || minParticipants != nil || maxOverlap != nil || approach != nil {
                    var updated = try project.auditThresholds()
                    if let minSegments { updated.minSegments = minSegments }
                    if let minParticipants { updated.minParticipants = minParticipants }
                    if let maxOverlap { updated.maxOverlap = maxOverlap }
                    if let approach { updated.approach = approach }
                    thresholds = updated
                }
                return try project.audit(by: by, thresholds: thresholds)
            }
            switch output.format {
            case .json: try JSONOutput.print(result)
            case .text: AuditText.lines(result).forEach { Console.out($0) }
            }
            if strict, result.hasErrors { throw ExitCode.failure }
        }
    }

    struct Snapshot: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Keep a named, immutable snapshot of codebook and themes with their segment counts.",
            discussion: "Example: thematic audit snapshot before-review")
        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var coder: CoderOptions
        @Argument(help: "The snapshot's name (not yet used).") var name: String

        func run() throws {
            let project = try projectOptions.open(coder: coder)
            let snapshot = try reportingFailures { () throws(ThematicError) in try project.snapshot(name: name) }
            Console.out("snapshot '\(snapshot.name)' taken in phase \(snapshot.phase)")
        }
    }

    struct Snapshots: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the snapshots: name, time, who, phase, why.")
        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let project = try projectOptions.open()
            let snapshots = try reportingFailures { () throws(ThematicError) in try project.snapshots() }
            switch output.format {
            case .json: try JSONOutput.print(snapshots)
            case .text:
                var table = TextTable(header: ["NAME", "TAKEN", "BY", "PHASE", "REASON"])
                for snapshot in snapshots {
                    table.rows.append([snapshot.name, snapshot.takenAt.formatted(.iso8601), snapshot.actor, String(snapshot.phase.rawValue),
                                       snapshot.reason])
                }
                table.render().forEach { Console.out($0) }
            }
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What changed in codes and themes between two snapshots (B defaults to now).",
            discussion: """
                Lists codes and themes added, removed, renamed, moved, merged, split and redefined, \
                with segment counts before and after. Merges and splits are inferred (see docs/audit.md).

                Examples:
                  thematic audit diff phase-3
                  thematic audit diff phase-3 phase-5 --format json
                """)
        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The earlier snapshot.") var from: String
        @Argument(help: "The later snapshot (default: now).") var to: String?

        func run() throws {
            let project = try projectOptions.open()
            let diff = try reportingFailures { () throws(ThematicError) in try project.diff(from: from, to: to) }
            switch output.format {
            case .json: try JSONOutput.print(diff)
            case .text:
                guard !diff.changes.isEmpty else {
                    Console.out("no changes in codes or themes")
                    return
                }
                var table = TextTable(header: ["CHANGE", "WHAT", "FROM", "TO", "SEGMENTS", "DETAIL"])
                for change in diff.changes {
                    let counts = "\(change.segmentsBefore.map(String.init) ?? "-") → \(change.segmentsAfter.map(String.init) ?? "-")"
                    table.rows.append([change.kind.rawValue, change.object.rawValue, change.from ?? "-", change.to ?? "-", counts, change.detail])
                }
                table.render().forEach { Console.out($0) }
            }
        }
    }
}
