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
                  thematic parse interview.vtt --format json | jq '.utterances[0]'
                  thematic parse session.eaf --validate      (against EAFv3.0.xsd beside it)
                  thematic parse export.xml --validate --schema Schemas/thematic-transcript.xsd
                """)

        @OptionGroup var parser: ParserArguments
        @OptionGroup var output: OutputOptions

        @Flag(help: "First validate the XML file against its XML Schema; each violation is printed as file:line:column.")
        var validate = false

        @Option(help: ArgumentHelp(
            "The XSD for --validate.",
            discussion: "Without it: the local XSD the file names (xsi:noNamespaceSchemaLocation), else one of that name beside the file, else the built-in schema for Thematic transcript XML. Nothing is fetched from the network.",
            valueName: "path"))
        var schema: String?

        @Argument(help: ArgumentHelp("The transcript file.", valueName: "file"))
        var file: String

        func run() throws {
            let options = try parser.parserOptions()
            if validate || schema != nil {
                let validation = try reportingFailures { () throws(ThematicError) in
                    try TranscriptFile.validate(file, schema: schema)
                }
                validation.violations.forEach { Console.error($0.description) }
                guard validation.violations.isEmpty else {
                    Console.error("error: \(file) does not satisfy \(validation.schema): \(validation.violations.count) violation(s)")
                    throw ExitCode.failure
                }
                Console.error("\(file): valid against \(validation.schema)")
            }
            let result = try reportingFailures { () throws(ThematicError) in
                try TranscriptFile.read(file, options: options)
            }
            for warning in result.warnings {
                Console.error(parser.strict ? ParseError.strict(warning).description : warning.description)
            }
            if parser.strict, !result.warnings.isEmpty { throw ExitCode.failure }
            switch output.format {
            case .json: try JSONOutput.print(TranscriptJSON(result.transcript))
            case .text: TranscriptText.print(result.transcript)
            }
        }
    }
}
