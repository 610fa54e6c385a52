import ArgumentParser
import Thematic

/// The fields of a code a researcher can set on the command line.
struct CodeFieldOptions: ParsableArguments {
    @Option(help: "The code's name.") var name: String?
    @Option(help: "What the code means.") var definition: String?
    @Option(help: "Inclusion criteria.") var include: String?
    @Option(help: "Exclusion criteria.") var exclude: String?
    @Option(help: "A typical example (a quote).") var example: String?
    @Option(help: "An atypical example.") var atypicalExample: String?
    @Option(help: ArgumentHelp("A colour, #rrggbb.", valueName: "colour")) var colour: String?
    @Option(help: "A memo on the code.") var memo: String?
    @Option(help: ArgumentHelp("Whether segments may be coded with it (false: a grouping node).", valueName: "true|false"))
    var codable: Bool?

    func apply(to code: inout Code) {
        if let name { code.name = name }
        if let definition { code.definition = definition }
        if let include { code.inclusion = include }
        if let exclude { code.exclusion = exclude }
        if let example { code.typicalExample = example }
        if let atypicalExample { code.atypicalExample = atypicalExample }
        if let colour { code.colour = colour.lowercased() }
        if let memo { code.memo = memo }
        if let codable { code.isCodable = codable }
    }

    func validate() throws {
        if let colour, !(colour.count == 7 && colour.first == "#" && colour.dropFirst().allSatisfy(\.isHexDigit)) {
            throw ValidationError("--colour is written #rrggbb")
        }
    }
}

extension ThematicCommand.CodebookCommand {
    /// Runs an edit and prints what it did.
    static func report(_ body: () throws(ThematicError) -> CodebookChange, format: OutputFormat) throws {
        let change = try reportingFailures(body)
        switch format {
        case .json: try JSONOutput.print(change)
        case .text:
            Console.out(change.summary)
            change.renamed.forEach { Console.out("  > \($0.from) → \($0.to)") }
            MemoText.printRemoved(change.memosRemoved)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a code.", discussion: "Example: thematic codebook add alliance/bond/safety --name Safety")
        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var coder: CoderOptions
        @OptionGroup var fields: CodeFieldOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The new code's full id (its parent must exist).") var id: String

        func run() throws {
            let project = try projectOptions.open(coder: coder)
            var code = Code(id: id, name: String(id.split(separator: "/").last ?? ""))
            fields.apply(to: &code)
            try ThematicCommand.CodebookCommand.report({ () throws(ThematicError) in try project.addCode(code) }, format: output.format)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a code's name, definition, criteria, examples, colour, memo or codability.")
        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var coder: CoderOptions
        @OptionGroup var fields: CodeFieldOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The code's id.") var id: String

        func run() throws {
            let project = try projectOptions.open(coder: coder)
            try ThematicCommand.CodebookCommand.report({ () throws(ThematicError) in
                try project.editCode(id) { fields.apply(to: &$0) }
            }, format: output.format)
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give a code a new slug (same parent); its codings and the codes below it follow.",
            discussion: "Example: thematic codebook rename alliance/bond relationship")
        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var coder: CoderOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The code's id.") var id: String
        @Argument(help: "The new slug.") var slug: String

        func run() throws {
            let project = try projectOptions.open(coder: coder)
            try ThematicCommand.CodebookCommand.report({ () throws(ThematicError) in try project.renameCode(id, to: slug) }, format: output.format)
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move a code under another parent; its codings and the codes below it follow.",
            discussion: "Example: thematic codebook move context/expectations alliance   (or --top-level)")
        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var coder: CoderOptions
        @OptionGroup var output: OutputOptions
        @Flag(help: "Move it to the top level.") var topLevel = false
        @Argument(help: "The code's id.") var id: String
        @Argument(help: "The new parent's id.") var parent: String?

        func validate() throws {
            if topLevel == (parent != nil) { throw ValidationError("give a new parent or --top-level") }
        }

        func run() throws {
            let project = try projectOptions.open(coder: coder)
            try ThematicCommand.CodebookCommand.report({ () throws(ThematicError) in try project.moveCode(id, under: parent) }, format: output.format)
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge a code into another: its codings move there and the code goes.",
            discussion: "Example: thematic codebook merge context/change alliance/goals")
        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var coder: CoderOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The code to merge away.") var id: String
        @Argument(help: "The code that receives its codings.") var into: String

        func run() throws {
            let project = try projectOptions.open(coder: coder)
            try ThematicCommand.CodebookCommand.report({ () throws(ThematicError) in try project.mergeCode(id, into: into) }, format: output.format)
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete a code without children; with codings only with --force (they go with it).")
        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var coder: CoderOptions
        @OptionGroup var output: OutputOptions
        @Flag(help: "Delete the code's codings too.") var force = false
        @Argument(help: "The code's id.") var id: String

        func run() throws {
            let project = try projectOptions.open(coder: coder)
            try ThematicCommand.CodebookCommand.report({ () throws(ThematicError) in try project.deleteCode(id, force: force) }, format: output.format)
        }
    }
}
