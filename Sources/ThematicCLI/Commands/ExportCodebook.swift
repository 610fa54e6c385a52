import ArgumentParser
import Foundation
import Thematic

extension CodebookDocumentFormat: ExpressibleByArgument {}

extension ThematicCommand {
    struct ExportCodebook: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "codebook",
            abstract: "Write the codebook as REFI-QDA (.qdc), CSV, YAML, JSON or a readable Markdown document.",
            discussion: """
                Formats:
                  md    a codebook document for people, after MacQueen et al. (1998): each code with \
                its definition, when to use it, when not to use it, a typical and an atypical example, \
                and its counts of codings and sources
                  qdc   REFI-QDA codebook for NVivo, ATLAS.ti, MAXQDA, QualCoder (validated against \
                Codebook.xsd before it is written; a code's criteria and examples go into its description)
                  csv   one code a row; 'thematic codebook import' reads it back unchanged (not the themes)
                  yaml  Thematic's codebook file; reads back unchanged, themes and rules included
                  json  for scripts

                Without --format the format follows the extension of --output, else md. What a \
                format cannot carry is listed on stderr as warnings.

                Examples:
                  thematic export codebook --format md -o codebook.md
                  thematic export codebook --format qdc -o alliance.qdc
                  thematic export codebook --format csv > codebook.csv
                """)

        @OptionGroup var projectOptions: ProjectOptions

        @Option(help: ArgumentHelp("md, qdc, csv, yaml or json.", valueName: "format"))
        var format: CodebookDocumentFormat?

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
        var output: String?

        func validate() throws {
            if format == nil, let output, CodebookDocumentFormat(rawValue: (output as NSString).pathExtension.lowercased()) == nil,
               !(output as NSString).pathExtension.isEmpty {
                throw ValidationError("cannot tell the format from '\(output)'; give --format md|qdc|csv|yaml|json")
            }
        }

        func run() throws {
            let chosen = format ?? output.flatMap { CodebookDocumentFormat(rawValue: ($0 as NSString).pathExtension.lowercased()) } ?? .md
            let project = try projectOptions.open()
            let (data, warnings) = try reportingFailures { () throws(ThematicError) in try project.codebookDocument(chosen) }
            warnings.forEach { Console.error("warning: \($0)") }
            try OutputFile.write(data, to: output)
        }
    }
}
