import ArgumentParser
import Foundation
import Thematic

extension REFIDialect: ExpressibleByArgument {}

extension ThematicCommand {
    struct ExportProject: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "project",
            abstract: "Write the whole project as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA or QualCoder.",
            discussion: """
                The .qdpx holds project.qde (urn:QDA-XML:project:1.0) and each source's text as \
                sources/<guid>.txt (UTF-8): coders as users, the codebook (nested codes, colours, a \
                description carrying definition, criteria and examples), themes as sets, every coding \
                as a PlainTextSelection with its Coding (code, coder, date), memos as notes, cases with \
                their attributes as variables. The document is validated against Project.xsd before \
                anything is written; what REFI-QDA cannot carry is listed on stderr as warnings.

                Positions are Unicode code points (the standard). --dialect nvivo writes UTF-16 code \
                units, which NVivo counts (they differ only after characters such as emoji); \
                atlasti and maxqda write code points.

                Examples:
                  thematic export project --format qdpx -o study.qdpx
                  thematic export project --format qdpx --dialect nvivo -o study-nvivo.qdpx
                """)

        /// The project formats.
        enum Format: String, ExpressibleByArgument, CaseIterable { case qdpx }

        @OptionGroup var projectOptions: ProjectOptions

        @Option(help: "The file format: qdpx (REFI-QDA project).")
        var format: Format = .qdpx

        @Option(help: ArgumentHelp("How positions are counted: spec, nvivo, atlasti or maxqda.", valueName: "dialect"))
        var dialect: REFIDialect = .spec

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The .qdpx file to write.", valueName: "file"))
        var output: String

        @Flag(help: "Print what was written as JSON.")
        var json = false

        func validate() throws {
            guard (output as NSString).pathExtension.lowercased() == "qdpx" else {
                throw ValidationError("the output of a REFI-QDA project is a .qdpx file (got '\(output)')")
            }
        }

        func run() throws {
            let project = try projectOptions.open()
            let report = try reportingFailures { () throws(ThematicError) in try project.exportREFIProject(to: output, dialect: dialect) }
            report.warnings.forEach { Console.error("warning: \($0)") }
            if json {
                try JSONOutput.print(report)
            } else {
                Console.out("\(output): \(report.codes) codes, \(report.themes) themes as sets, \(report.sources) sources, "
                            + "\(report.codings) codings in \(report.selections) selections, \(report.memos) memos, "
                            + "\(report.cases) cases, \(report.coders) users (\(report.dialect) positions)")
            }
        }
    }
}
