import ArgumentParser
import Foundation
import Thematic

extension ThematicCommand {
    struct Flags: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Review and clear the codings re-anchoring flagged (their text was edited in a corrected transcript).",
            discussion: """
                When a corrected transcript is ingested, a coding whose words were edited moves with what is left
                of its text and is flagged for review. List the flagged codings, check each with 'query' or
                'sources show', recode if needed, then clear the flags.

                Examples:
                  thematic flags list
                  thematic flags list --source P01 --format json
                  thematic flags clear 1F41A829-…              (one coding, id from the list)
                  thematic flags clear --source P01            (every flag of a source)
                """,
            subcommands: [List.self, Clear.self],
            defaultSubcommand: List.self)
    }
}

extension ThematicCommand.Flags {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The flagged codings: id, source, code, coder, why, text.")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var output: OutputOptions

        @Option(help: ArgumentHelp("Only this source.", valueName: "id"))
        var source: String?

        func run() throws {
            let project = try projectOptions.open()
            let entries = try reportingFailures { () throws(ThematicError) in try project.flaggedCodings(source: source) }
            switch output.format {
            case .json: try JSONOutput.print(entries)
            case .text:
                for entry in entries {
                    Console.out("\(entry.coding.id.uuidString) \(entry.coding.sourceID)@\(entry.coding.span.start)-\(entry.coding.span.end) "
                                + "\(entry.coding.codeID) by \(entry.coding.coderID) (\(entry.flag ?? "edited")): \"\(entry.text.prefix(80))\"")
                }
                Console.error("\(entries.count) flagged coding\(entries.count == 1 ? "" : "s")")
            }
        }
    }

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Clear flags once reviewed: of some codings, a source, or all (recorded).",
            discussion: "Example: thematic flags clear --source P01")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var output: OutputOptions

        @Option(help: ArgumentHelp("Every flag of this source.", valueName: "id"))
        var source: String?

        @Flag(help: "Every flag of every source.")
        var all = false

        @Argument(help: ArgumentHelp("Coding ids (from 'flags list').", valueName: "coding"))
        var codings: [String] = []

        func validate() throws {
            let ways = [!codings.isEmpty, source != nil, all].filter { $0 }.count
            if ways != 1 { throw ValidationError("name coding ids, or --source ID, or --all (one of them)") }
            for id in codings where UUID(uuidString: id) == nil { throw ValidationError("'\(id)' is not a coding id (see 'thematic flags list')") }
        }

        func run() throws {
            let project = try projectOptions.open()
            let ids = codings.isEmpty ? nil : codings.compactMap(UUID.init(uuidString:))
            let cleared = try reportingFailures { () throws(ThematicError) in try project.clearFlags(codings: ids, source: source) }
            switch output.format {
            case .json: try JSONOutput.print(["cleared": cleared])
            case .text: Console.out("cleared \(cleared) flag\(cleared == 1 ? "" : "s")")
            }
        }
    }
}
