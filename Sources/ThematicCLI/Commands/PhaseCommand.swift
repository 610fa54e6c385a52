import ArgumentParser
import Thematic

extension ThematicCommand {
    struct PhaseCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "phase",
            abstract: "Show the six phases' checklists, or move the study to another phase.",
            discussion: """
                Braun & Clarke's phases: 1 familiarising · 2 initial-codes · 3 searching-themes · \
                4 reviewing-themes · 5 defining-themes · 6 reporting. Every change in the log \
                carries the phase it was made in. Each phase's checklist is computed from the data; \
                'advance' refuses while the current phase has unfinished items marked [!] unless \
                --force (which the log records). Going back is always allowed. Each phase change \
                takes a snapshot of codebook and themes ('audit diff phase-3').

                Examples:
                  thematic phase                 the current phase and every checklist
                  thematic phase advance
                  thematic phase advance --force
                  thematic phase set 4           (or: thematic phase set reviewing-themes)
                """,
            subcommands: [Show.self, Advance.self, SetPhase.self],
            defaultSubcommand: Show.self)
    }
}

extension Phase: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(name: argument)
    }
}

extension ThematicCommand.PhaseCommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the current phase and the checklist of every phase.")
        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let project = try projectOptions.open()
            let status = try reportingFailures { () throws(ThematicError) in try project.status() }
            switch output.format {
            case .json: try JSONOutput.print(PhaseJSON(phase: status.phase, checklists: status.checklists))
            case .text:
                Console.out("phase \(status.phase.rawValue) of 6: \(status.phase.title)")
                for checklist in status.checklists {
                    Console.out()
                    Console.out("\(checklist.phase == status.phase ? "▶" : " ") \(checklist.phase.rawValue) \(checklist.phase.title)")
                    checklist.items.forEach { Console.out("    " + PhaseCommandText.line($0)) }
                }
                Console.out()
                Console.out("[x] done  [!] not done, blocks 'phase advance'  [ ] not done, worth a look")
            }
        }
    }

    struct Advance: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move to the next phase (refused while the current phase has unfinished [!] items, unless --force).")
        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var coder: CoderOptions
        @OptionGroup var output: OutputOptions
        @Flag(help: "Move on even though the current phase's checklist is not done (recorded in the log).") var force = false

        func run() throws {
            let project = try projectOptions.open(coder: coder)
            PhaseCommandText.print(try reportingFailures { () throws(ThematicError) in try project.advancePhase(force: force) },
                                   format: output.format)
        }
    }

    struct SetPhase: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Move to a phase by number or name; back always, forward as 'advance' does.",
            discussion: "Example: thematic phase set 3   ·   thematic phase set reviewing-themes --force")
        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var coder: CoderOptions
        @OptionGroup var output: OutputOptions
        @Flag(help: "Move forward even though the current phase's checklist is not done (recorded in the log).") var force = false
        @Argument(help: "1–6 or a phase name (familiarising, initial-codes, searching-themes, reviewing-themes, defining-themes, reporting).")
        var phase: Phase

        func run() throws {
            let project = try projectOptions.open(coder: coder)
            PhaseCommandText.print(try reportingFailures { () throws(ThematicError) in try project.setPhase(phase, force: force) },
                                   format: output.format)
        }
    }
}

/// How phases print.
enum PhaseCommandText {
    static func line(_ item: PhaseChecklist.Item) -> String {
        "[\(item.isDone ? "x" : item.severity == .error ? "!" : " ")] \(item.text) — \(item.evidence)"
    }

    static func print(_ change: PhaseChange, format: OutputFormat) {
        switch format {
        case .json: try? JSONOutput.print(change)
        case .text:
            Console.out("phase \(change.from.rawValue) → \(change.to.rawValue): \(change.to.title)\(change.forced ? " (forced)" : "")")
            change.openItems.forEach { Console.out("  left open: " + line($0)) }
            Console.out("snapshot: \(change.snapshot)")
        }
    }
}

private struct PhaseJSON: Encodable {
    var phase: Phase
    var checklists: [PhaseChecklist]
}
