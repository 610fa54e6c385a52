import ArgumentParser
import Thematic
import ThematicModel

extension ThematicCommand {
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the study's phase, what the project holds, and what the phase still asks for.",
            discussion: "Checklists are computed from the data (Braun & Clarke's six phases), never ticked by hand.")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let project = try projectOptions.open()
            let status = try reportingFailures { () throws(ThematicError) in try project.status() }
            switch output.format {
            case .json: try JSONOutput.print(status)
            case .text: StatusText.lines(status).forEach { Console.out($0) }
            }
        }
    }
}

/// A project's status as people read it.
enum StatusText {
    static func lines(_ status: ProjectStatus) -> [String] {
        let counts = status.counts
        var lines = [
            "\(status.name) — \(status.path)",
            "phase \(status.phase.rawValue) of 6: \(status.phase.title)",
            "sources \(counts.sources) (\(counts.utterances) utterances, \(counts.words) words) · "
                + "codes \(counts.codes) · themes \(counts.themes) · codings \(counts.codings) by \(counts.coders) coders · "
                + "memos \(counts.memos) · cases \(counts.cases) · events \(counts.events)",
        ]
        if let checklist = status.currentChecklist {
            lines.append("checklist for this phase:")
            for item in checklist.items {
                lines.append("  [\(item.isDone ? "x" : " ")] \(item.text) — \(item.evidence)")
            }
        }
        return lines
    }
}
