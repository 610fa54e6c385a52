import ArgumentParser
import Thematic

extension ThematicCommand {
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read a transcript file and print what Thematic makes of it, without a project.",
            discussion: """
                Shows the canonical text (one utterance a line), speakers, times and spans that \
                'ingest' would store. Warnings go to stderr as file:line:column: warning: …; \
                --strict makes them errors.

                Examples:
                  thematic parse interview.txt
                  thematic parse interview.txt --format json | jq '.utterances[0]'
                """)

        @OptionGroup var parser: ParserArguments
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("The transcript file.", valueName: "file"))
        var file: String

        func run() throws {
            let options = try parser.parserOptions()
            let result = try reportingFailures { () throws(ThematicError) in
                try TranscriptFile.read(file, options: options)
            }
            for warning in result.warnings {
                Console.error(parser.strict ? ParseError.strict(warning).description : warning.description)
            }
            if parser.strict, !result.warnings.isEmpty { throw ExitCode.failure }
            switch output.format {
            case .json: try JSONOutput.print(TranscriptJSON(result.transcript))
            case .text: TranscriptText.lines(result.transcript).forEach { Console.out($0) }
            }
        }
    }
}
