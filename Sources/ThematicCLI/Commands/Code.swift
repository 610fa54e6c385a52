import ArgumentParser
import Thematic

extension ThematicCommand {
    struct Code: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Code a segment of a source with one or more codes.",
            discussion: """
                SEGMENT is SOURCE:N (utterance N, as 'sources show' numbers them), SOURCE:N-M (utterances N to M)
                or SOURCE@START-END (Unicode character offsets of the transcript text, end exclusive).
                A code is its full id or an unambiguous end of it (trust for alliance/bond/trust).
                Coding the same segment with the same code again changes nothing.

                Examples:
                  thematic code P01:10 alliance/bond/trust
                  thematic code P01:12-15 goals tasks --coder anna --memo "consulted"
                  thematic code P01@1200-1350 empathy
                """)

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var coder: CoderOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "A note on the coding.")
        var memo: String?

        @Argument(help: ArgumentHelp("The segment: P01:12, P01:12-15 or P01@1200-1350.", valueName: "segment"))
        var segment: String

        @Argument(help: ArgumentHelp("One or more codes.", valueName: "code"))
        var codes: [String]

        func validate() throws {
            if codes.isEmpty { throw ValidationError("name at least one code") }
        }

        func run() throws {
            let project = try projectOptions.open()
            let result = try reportingFailures { () throws(ThematicError) in
                try project.code(segment, with: codes, memo: memo, coder: coder.coder)
            }
            try CodingResultOutput.print(result, verb: "coded", format: output.format)
        }
    }
}

/// Prints what `code` or `uncode` did.
enum CodingResultOutput {
    static func print(_ result: CodingResult, verb: String, format: OutputFormat) throws {
        switch format {
        case .json:
            try JSONOutput.print(result)
        case .text:
            let unchanged = result.changed == 0 ? " (nothing to change)" : ""
            Console.out("\(verb) \(result.sourceID)@\(result.span.start)-\(result.span.end) "
                        + "[\(result.codeIDs.joined(separator: ", "))] as \(result.coderID)\(unchanged)")
            Console.out("  \"\(result.text.count > 160 ? String(result.text.prefix(157)) + "…" : result.text)\"")
            for (code, id) in zip(result.codeIDs, result.codingIDs) where result.codeIDs.count == result.codingIDs.count {
                Console.out("  coding \(id.uuidString) \(code)")
            }
            MemoText.printRemoved(result.removedMemos)
        }
    }
}
