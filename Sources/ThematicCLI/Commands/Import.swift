import ArgumentParser
import Foundation
import Thematic

extension ThematicCommand {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a REFI-QDA codebook (.qdc) or project (.qdpx, .qde) from NVivo, ATLAS.ti, MAXQDA or QualCoder.",
            discussion: """
                Into an empty project or merged into one, as one change with one event in the log: \
                codes are matched by guid, then by their path of names; sources, coders and cases by \
                guid. A .qdc brings codes and sets (as themes); a .qdpx the whole project — coders, \
                codebook, texts, codings per coder, memos, cases and variables; a bare .qde its codebook, \
                cases and the texts it carries inside.

                Positions are read the way the writing program counts them, told by the file's origin: \
                NVivo counts UTF-16 code units, ATLAS.ti counts a CRLF as one character; --dialect \
                overrides (spec, nvivo, atlasti, maxqda). Texts are kept exactly (a BOM dropped, line \
                ends made LF), so every selection stays on the characters the program meant.

                A file that is not well-formed is refused with its file:line:column; an archive whose \
                entries escape its folder, are links, or inflate past the limits is refused. Nothing \
                is changed then.

                Examples:
                  thematic init --project study.thematic
                  thematic import --project study.thematic study.qdpx
                  thematic import codebook.qdc
                  thematic import nvivo-export.qdpx --dialect nvivo --format json
                """)

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var coder: CoderOptions
        @OptionGroup var output: OutputOptions

        @Option(help: ArgumentHelp("How the file counts positions: spec, nvivo, atlasti or maxqda (default: from its origin).",
                                   valueName: "dialect"))
        var dialect: REFIDialect?

        @Argument(help: ArgumentHelp("The .qdc, .qdpx or .qde file.", valueName: "file"))
        var file: String

        func validate() throws {
            guard ["qdc", "qdpx", "qde"].contains((file as NSString).pathExtension.lowercased()) else {
                throw ValidationError("'\(file)' is not a REFI-QDA file (.qdc, .qdpx or .qde); codebooks in YAML or CSV go through 'thematic codebook import'")
            }
        }

        func run() throws {
            let project = try projectOptions.open(coder: coder)
            let report = try reportingFailures { () throws(ThematicError) in try project.importREFI(from: file, dialect: dialect) }
            report.warnings.forEach { Console.error("warning: \($0)") }
            switch output.format {
            case .json:
                try JSONOutput.print(report)
            case .text:
                Console.out("\(file): \(report.kind) from \(report.origin.isEmpty ? "an unknown program" : report.origin) (\(report.dialect) positions)")
                Console.out("  codes: \(report.codesAdded.count) added, \(report.codesUpdated.count) updated; themes: \(report.themes.count)")
                Console.out("  sources: \(report.sourcesAdded.count) added, \(report.sourcesMatched.count) already here")
                Console.out("  codings: \(report.codings) added, \(report.codingsAlreadyPresent) already here; memos: \(report.memos); cases: \(report.cases.count); new coders: \(report.coders.count)")
            }
        }
    }
}
