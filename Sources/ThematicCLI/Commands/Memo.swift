import ArgumentParser
import Foundation
import Thematic

extension ThematicCommand {
    struct MemoCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "memo",
            abstract: "Write or list memos on the project, a source, a code or a coding.",
            discussion: """
                Examples:
                  thematic memo add "Trust seems to pass through the interpreter first."
                  thematic memo add --code triadic-relationship "Compare P05, P06."
                  thematic memo list --source P05
                  thematic memo list --on-project
                  thematic memo list --coding 1F41A829-…    (with its 'code --memo')
                """,
            subcommands: [Add.self, List.self],
            defaultSubcommand: List.self)
    }
}

/// `--source`, `--code`, `--coding`: what a memo is about (none: the project).
struct MemoTargetOptions: ParsableArguments {
    @Option(help: ArgumentHelp("About this source.", valueName: "id")) var source: String?
    @Option(help: ArgumentHelp("About this code.", valueName: "id")) var code: String?
    @Option(help: ArgumentHelp("About this coding (its id, from --format json output).", valueName: "uuid")) var coding: String?
    // Not `--project`: that names the project file, as in every command.
    @Flag(name: .customLong("on-project"), help: "About the project as a whole (the default for 'add').") var onProject = false

    func validate() throws {
        if [source != nil, code != nil, coding != nil, onProject].filter({ $0 }).count > 1 {
            throw ValidationError("give one of --source, --code, --coding, --on-project")
        }
    }

    var target: MemoTarget? {
        if let source { return .source(id: source) }
        if let code { return .code(id: code) }
        if let coding { return .coding(id: coding.uppercased()) }
        return onProject ? .project : nil
    }
}

extension ThematicCommand.MemoCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a memo.")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var coder: CoderOptions
        @OptionGroup var about: MemoTargetOptions

        @Argument(help: "The memo's text.")
        var text: String

        func run() throws {
            let project = try projectOptions.open()
            let memo = try reportingFailures { () throws(ThematicError) in
                try project.addMemo(about: about.target ?? .project, text: text, author: coder.coder)
            }
            Console.out("memo \(memo.id.uuidString) on \(memo.target) by \(memo.author)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List memos, oldest first.")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var about: MemoTargetOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let project = try projectOptions.open()
            let memos = try reportingFailures { () throws(ThematicError) in try project.memos(about: about.target) }
            switch output.format {
            case .json: try JSONOutput.print(memos)
            case .text:
                let contexts = try reportingFailures { () throws(ThematicError) in try project.codingContexts(for: memos) }
                for memo in memos {
                    Console.out(MemoText.line(memo, context: contexts[memo.target.description]))
                }
            }
        }
    }
}
