import ArgumentParser
import Foundation
import Thematic

extension TranscriptExport.Format: ExpressibleByArgument {}

extension ThematicCommand {
    struct ExportTranscript: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "transcript",
            abstract: "Write a transcript as Thematic transcript XML.",
            discussion: """
                SOURCE is a source id of the project, or a transcript file (any format Thematic reads),
                which is then parsed without a project. The XML follows Schemas/thematic-transcript.xsd
                and reads back to the same transcript.

                Examples:
                  thematic export transcript P01 --as thematic-xml --output P01.xml
                  thematic export transcript session.eaf --as thematic-xml
                """)

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var parser: ParserArguments

        @Option(name: .customLong("as"), help: ArgumentHelp("The file format to write.", valueName: "format"))
        var fileFormat: TranscriptExport.Format = .thematicXML

        @Option(help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
        var output: String?

        @Option(help: "Export this revision of a project source instead of the current one.")
        var revision: Int?

        @Argument(help: ArgumentHelp("A source id of the project, or a transcript file.", valueName: "source"))
        var source: String

        func validate() throws {
            try NumericOption.atLeast(1, revision, "--revision")
        }

        func run() throws {
            let transcript: Transcript
            if FileManager.default.fileExists(atPath: source) {
                let options = try parser.parserOptions()
                transcript = try reportingFailures { () throws(ThematicError) in try TranscriptFile.read(source, options: options) }.transcript
            } else {
                let project = try projectOptions.open()
                transcript = try reportingFailures { () throws(ThematicError) in try project.transcript(id: source, revision: revision) }
            }
            let data = try reportingFailures { () throws(ThematicError) in try TranscriptExport.data(transcript, as: fileFormat) }
            if let output {
                do {
                    try data.write(to: URL(fileURLWithPath: output))
                } catch {
                    Console.error("\(output): error: cannot be written: \(error.localizedDescription)")
                    throw ExitCode.failure
                }
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
    }
}
