import ArgumentParser
import Foundation
import Thematic

extension ThematicCommand.Sources {
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a source ingested by mistake, with all its revisions (recorded).",
            discussion: """
                For a file taken in by mistake (a README, the wrong interview). A source with codings or memos
                needs --force; without it, the command says what would go and changes nothing. The removed codings and memos are kept in the audit trail's event
                (thematic log --format json).

                Example:
                  thematic sources remove P06 --force
                """)

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var output: OutputOptions

        @Flag(help: "Remove the source even though it has codings or memos.")
        var force = false

        @Argument(help: "The source id.")
        var source: String

        func run() throws {
            let project = try projectOptions.open()
            let removal = try reportingFailures { () throws(ThematicError) in try project.removeSource(source, force: force) }
            switch output.format {
            case .json: try JSONOutput.print(removal)
            case .text:
                Console.out("removed source \(removal.sourceID): \(removal.revisions) revision\(removal.revisions == 1 ? "" : "s"), "
                            + "\(removal.codings.count) codings")
                for coding in removal.codings {
                    Console.out("  - \(coding.codeID) by \(coding.coderID) @\(coding.span.start)-\(coding.span.end) (revision \(coding.revision))")
                }
                MemoText.printRemoved(removal.memos)
                if !removal.cases.isEmpty { Console.out("  no longer in cases: \(removal.cases.joined(separator: ", "))") }
            }
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give a source a new id; its revisions, codings, memos and cases follow (recorded).",
            discussion: "Example: thematic sources rename P06 P06-followup")

        @OptionGroup var projectOptions: ProjectOptions

        @Argument(help: "The source's id.")
        var source: String

        @Argument(help: "Its new id.")
        var newID: String

        func run() throws {
            let project = try projectOptions.open()
            let renamed = try reportingFailures { () throws(ThematicError) in try project.renameSource(source, to: newID) }
            Console.out("renamed source \(source) to \(renamed)")
        }
    }
}
