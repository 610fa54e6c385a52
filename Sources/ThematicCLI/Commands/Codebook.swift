import ArgumentParser
import Thematic

extension ThematicCommand {
    struct CodebookCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "codebook",
            abstract: "Import, show or edit the codebook.",
            subcommands: [Import.self, Show.self, Add.self, Edit.self, Rename.self, Move.self, Merge.self, Delete.self],
            defaultSubcommand: Show.self)
    }
}

extension ThematicCommand.CodebookCommand {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge a YAML codebook into the project's codebook.",
            discussion: """
                Codes are matched by guid, else by id, and updated in place: a renamed or moved \
                code keeps its codings; codes the file does not mention are kept. The YAML format \
                is described in README.md; a CSV codebook (code,parent,name,definition,…) in \
                docs/coding.md.

                Example:
                  thematic codebook import Examples/alliance-study/codebook.yaml
                """)

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("The codebook file (.yaml or .csv).", valueName: "file"))
        var file: String

        func run() throws {
            let project = try projectOptions.open()
            let merge = try reportingFailures { () throws(ThematicError) in try project.importCodebook(from: file) }
            switch output.format {
            case .json:
                try JSONOutput.print(CodebookImportJSON(merge))
            case .text:
                Console.out("\(merge.added.count) added, \(merge.changed.count) changed, "
                            + "\(merge.renamed.count) renamed or moved, \(merge.unchanged) unchanged")
                merge.added.forEach { Console.out("  + \($0)") }
                merge.changed.forEach { Console.out("  ~ \($0)") }
                merge.renamed.forEach { Console.out("  > \($0.from) → \($0.to)") }
                merge.notInFile.forEach { Console.out("  = \($0) (not in the file; kept)") }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the codebook as an outline, with each code's number of codings.",
            discussion: """
                The text outline gives each code's id, name and number of codings on the current revisions,
                with its definition and inclusion/exclusion criteria below it (--brief: the outline only).
                --format yaml writes the codebook in the format 'codebook import' reads (guids included).

                Examples:
                  thematic codebook show
                  thematic codebook show --brief
                """)

        /// `text`, `json`, or `yaml` (the import format).
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, yaml }

        @OptionGroup var projectOptions: ProjectOptions
        @Option(help: "text (an outline), json, or yaml (the codebook file format).")
        var format: Format = .text

        @Flag(help: "Text: the outline only, without definitions.")
        var brief = false

        func run() throws {
            let project = try projectOptions.open()
            let (codebook, counts) = try reportingFailures { () throws(ThematicError) in
                (try project.codebook(), try project.codingCounts())
            }
            switch format {
            case .yaml:
                Console.out(try reportingFailures { () throws(ThematicError) in try codebookYAML(codebook) }, terminator: "")
            case .json:
                try JSONOutput.print(codebook)
            case .text:
                if !codebook.name.isEmpty { Console.out("# \(codebook.name)") }
                CodebookOutline.lines(of: codebook, counts: counts, definitions: !brief).forEach { Console.out($0) }
                for theme in codebook.themes {
                    Console.out("theme \(theme.id)  \(theme.name): \(theme.codeIDs.joined(separator: ", "))")
                }
            }
        }
    }
}

private struct CodebookImportJSON: Encodable {
    var added: [String]
    var changed: [String]
    var renamed: [CodebookMerge.Rename]
    var unchanged: Int
    var kept_not_in_file: [String]

    init(_ merge: CodebookMerge) {
        added = merge.added
        changed = merge.changed
        renamed = merge.renamed
        unchanged = merge.unchanged
        kept_not_in_file = merge.notInFile
    }
}
