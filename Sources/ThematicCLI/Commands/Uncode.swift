import ArgumentParser
import Thematic

extension ThematicCommand {
    struct Uncode: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove codings: of one segment, or every coding of a coder (e.g. an auto-coding rule).",
            discussion: """
                Removes the coder's codings of exactly that segment, with the codes named (all codes if none).
                With --all, removes every coding the coder made on the current revisions, e.g. a rule's batch.

                Examples:
                  thematic uncode P01:10 alliance/bond/trust
                  thematic uncode --all --coder auto:trust-words
                """)

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var coder: CoderOptions
        @OptionGroup var output: OutputOptions

        @Flag(help: "Remove every coding of the coder (give --coder).")
        var all = false

        @Option(help: ArgumentHelp("With --all: only these sources (comma-separated).", valueName: "ids"))
        var source: String?

        @Argument(help: ArgumentHelp("The segment, then the codes to remove.", valueName: "segment-and-codes"))
        var arguments: [String] = []

        func validate() throws {
            if all, coder.coder == nil { throw ValidationError("--all needs --coder NAME, so that no one's codings go by accident") }
            if all, !arguments.isEmpty { throw ValidationError("--all takes no segment") }
            if !all, arguments.isEmpty { throw ValidationError("name a segment (P01:12) or use --all --coder NAME") }
        }

        func run() throws {
            let project = try projectOptions.open()
            if all {
                let sources = source.map { $0.split(separator: ",").map(String.init) }
                let removed = try reportingFailures { () throws(ThematicError) in try project.uncodeAll(coder: coder.resolved, sources: sources) }
                switch output.format {
                case .json: try JSONOutput.print(removed)
                case .text:
                    Console.out("removed \(removed.count) codings by \(removed.coderID)")
                    MemoText.printRemoved(removed.memos)
                }
                return
            }
            let result = try reportingFailures { () throws(ThematicError) in
                try project.uncode(arguments[0], codes: Array(arguments.dropFirst()), coder: coder.coder)
            }
            try CodingResultOutput.print(result, verb: "uncoded", format: output.format)
        }
    }
}
