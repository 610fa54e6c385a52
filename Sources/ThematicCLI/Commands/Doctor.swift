import ArgumentParser
import Thematic

extension ThematicCommand {
    struct Doctor: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a project file for damage, and repair what can be repaired safely.",
            discussion: """
                Checks SQLite's integrity and foreign keys, then Thematic's own rules: memos, codings and \
                theme links on things that exist, coded ranges inside their text, codings only on codable \
                codes, code ids below their parents, stored dates and identities that read back, and an \
                audit trail that accounts for every source revision.

                Exit status: 0 when nothing is wrong, 1 when the project is damaged (each problem is listed \
                with what --repair does about it, or what to do by hand).

                --repair fixes, in one transaction recorded as one event: orphan memos become project memos \
                (text kept), theme links to missing codes are removed, misplaced codes move below their \
                parent. Nothing is deleted that holds a researcher's words.

                Examples:
                  thematic doctor --project study.thematic
                  thematic doctor --format json
                  thematic doctor --repair
                """)

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var output: OutputOptions

        @Flag(help: "Repair what can be repaired safely, in one transaction with one event.")
        var repair = false

        func run() throws {
            let project = try projectOptions.open()
            let report = try reportingFailures { () throws(ThematicError) in try repair ? project.repair() : project.doctor() }
            switch output.format {
            case .json:
                try JSONOutput.print(report)
            case .text:
                for line in report.repaired { Console.out("repaired: \(line)") }
                for finding in report.findings {
                    Console.out("\(finding.kind.rawValue): \(finding.message)")
                    if let fix = finding.repair {
                        Console.out("  --repair will \(fix)")
                    } else if let advice = finding.advice {
                        Console.out("  to repair: \(advice)")
                    }
                }
                if report.isDamaged {
                    let fixable = report.repairable.count
                    Console.error("\(project.path): damaged: \(report.findings.count) problem\(report.findings.count == 1 ? "" : "s")"
                                  + (fixable > 0 ? ", \(fixable) repairable with 'thematic doctor --repair'" : ""))
                } else {
                    Console.error("\(project.path): ok — no problems found")
                }
            }
            if report.isDamaged { throw ExitCode.failure }
        }
    }
}
