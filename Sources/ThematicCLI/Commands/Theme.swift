import ArgumentParser
import Foundation
import Thematic

extension ThemeStatus: ExpressibleByArgument {}

extension ThematicCommand {
    struct ThemeCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "theme",
            abstract: "Declare and work through the themes of the framework (phases 3 to 5).",
            discussion: """
                A theme gathers codes; it has an id (a slug), a name, a definition, a scope note \
                (what it is not about), a status (candidate → reviewed → defined), subthemes and \
                exemplar quotes. Themes live in the codebook (YAML 'themes:') and travel with it \
                through 'codebook import' and 'codebook show --format yaml'. Every change is one \
                transaction and one event in the log.

                Examples:
                  thematic theme add "Three in the room" --definition "…"
                  thematic theme assign three-in-the-room interpreter/triadic-relationship confidentiality
                  thematic theme define three-in-the-room --status reviewed
                  thematic theme split fit-and-access --into costs --codes practicalities
                  thematic theme merge waiting into fit-and-access
                  thematic theme exemplar add three-in-the-room P05:14
                  thematic theme show three-in-the-room
                """,
            subcommands: [List.self, Show.self, Add.self, Assign.self, Unassign.self, Define.self, Rename.self, Move.self,
                          Merge.self, Split.self, Remove.self, ExemplarCommand.self],
            defaultSubcommand: List.self)

        /// Runs a theme change and prints what it did.
        static func report(_ body: () throws(ThematicError) -> ThemeChange, format: OutputFormat) throws {
            let change = try reportingFailures(body)
            switch format {
            case .json: try JSONOutput.print(change)
            case .text: Console.out(change.summary)
            }
        }
    }
}

/// The options shared by every theme change.
struct ThemeChangeOptions: ParsableArguments {
    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var coder: CoderOptions
    @OptionGroup var output: OutputOptions

    /// Opens the project and runs the change.
    func run(_ body: (Project) throws(ThematicError) -> ThemeChange) throws {
        let project = try projectOptions.open(coder: coder)
        try ThematicCommand.ThemeCommand.report({ () throws(ThematicError) in try body(project) }, format: output.format)
    }
}

extension ThematicCommand.ThemeCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a theme (a candidate until reviewed and defined).",
            discussion: """
                Examples:
                  thematic theme add "Costs of therapy"           id costs-of-therapy
                  thematic theme add "Trust first" --parent three-in-the-room
                """)
        @OptionGroup var options: ThemeChangeOptions
        @Argument(help: "The theme's name.") var name: String
        @Option(help: ArgumentHelp("Its id, a slug (default: made from the name).", valueName: "slug")) var id: String?
        @Option(help: ArgumentHelp("Make it a subtheme of this theme.", valueName: "theme")) var parent: String?
        @Option(help: "What the theme is about.") var definition: String?
        @Option(parsing: .upToNextOption, help: ArgumentHelp("Codes it gathers.", valueName: "code")) var codes: [String] = []

        func validate() throws {
            if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("a theme needs a name") }
        }

        func run() throws {
            try options.run { project throws(ThematicError) in
                try project.addTheme(name: name, id: id, parent: parent, definition: definition ?? "", codes: codes)
            }
        }
    }

    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add codes to a theme.",
            discussion: "Example: thematic theme assign alliance-as-lived alliance/bond/trust empathy")
        @OptionGroup var options: ThemeChangeOptions
        @OptionGroup var target: ThemeCodesArguments

        func run() throws {
            try options.run { project throws(ThematicError) in try project.assignCodes(target.codes, to: target.theme) }
        }
    }

    struct Unassign: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take codes out of a theme (they stay in the codebook).",
            discussion: "Example: thematic theme unassign fit-and-access context/change")
        @OptionGroup var options: ThemeChangeOptions
        @OptionGroup var target: ThemeCodesArguments

        func run() throws {
            try options.run { project throws(ThematicError) in try project.unassignCodes(target.codes, from: target.theme) }
        }
    }

    struct Define: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a theme's definition, scope note or status (phase 5: defining and naming).",
            discussion: """
                Example:
                  thematic theme define three-in-the-room --definition "…" --scope-note "Not about …" --status defined
                """)
        @OptionGroup var options: ThemeChangeOptions
        @Argument(help: "The theme's id.") var theme: String
        @Option(help: "What the theme is about.") var definition: String?
        @Option(help: "What the theme is not about, and where it ends.") var scopeNote: String?
        @Option(help: ArgumentHelp("candidate, reviewed or defined.", valueName: "status")) var status: ThemeStatus?

        func validate() throws {
            if definition == nil, scopeNote == nil, status == nil {
                throw ValidationError("give --definition, --scope-note or --status")
            }
        }

        func run() throws {
            try options.run { project throws(ThematicError) in
                try project.defineTheme(theme, definition: definition, scopeNote: scopeNote, status: status)
            }
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give a theme a new name, a new id, or both.",
            discussion: """
                Examples:
                  thematic theme rename fit-and-access "What clients bring"
                  thematic theme rename fit-and-access --id what-clients-bring
                """)
        @OptionGroup var options: ThemeChangeOptions
        @Argument(help: "The theme's id.") var theme: String
        @Argument(help: "The new name.") var name: String?
        @Option(help: ArgumentHelp("A new id.", valueName: "slug")) var id: String?

        func validate() throws {
            if name == nil, id == nil { throw ValidationError("give a new name or --id") }
        }

        func run() throws {
            try options.run { project throws(ThematicError) in try project.renameTheme(theme, name: name, id: id) }
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a theme a subtheme of another, or a top-level theme.",
            discussion: "Examples: thematic theme move endings ruptures-as-turning-points  ·  thematic theme move endings --top-level")
        @OptionGroup var options: ThemeChangeOptions
        @Argument(help: "The theme's id.") var theme: String
        @Argument(help: "The new parent theme.") var parent: String?
        @Flag(help: "Make it a top-level theme.") var topLevel = false

        func validate() throws {
            if topLevel == (parent != nil) { throw ValidationError("give a parent theme or --top-level") }
        }

        func run() throws {
            try options.run { project throws(ThematicError) in try project.moveTheme(theme, under: parent) }
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge a theme into another: its codes, exemplars and subthemes join it.",
            discussion: "Example: thematic theme merge waiting into fit-and-access   ('into' may be left out)")
        @OptionGroup var options: ThemeChangeOptions
        @Argument(help: "THEME into TARGET.") var words: [String]

        /// The theme merged away and the one receiving it.
        var pair: (String, String)? {
            switch words.count {
            case 2: (words[0], words[1])
            case 3 where words[1].lowercased() == "into": (words[0], words[2])
            default: nil
            }
        }

        func validate() throws {
            if pair == nil { throw ValidationError("write: theme merge THEME into TARGET") }
        }

        func run() throws {
            guard let pair else { return }
            let (theme, target) = pair
            try options.run { project throws(ThematicError) in try project.mergeTheme(theme, into: target) }
        }
    }

    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Split codes off a theme into a new theme beside it.",
            discussion: "Example: thematic theme split fit-and-access --into costs --codes practicalities")
        @OptionGroup var options: ThemeChangeOptions
        @Argument(help: "The theme's id.") var theme: String
        @Option(help: ArgumentHelp("The new theme's id.", valueName: "slug")) var into: String
        @Option(help: "The new theme's name (default: its id).") var name: String?
        @Option(parsing: .upToNextOption, help: ArgumentHelp("The codes that move to the new theme.", valueName: "code"))
        var codes: [String] = []

        func validate() throws {
            if codes.isEmpty { throw ValidationError("name the codes that move with --codes") }
        }

        func run() throws {
            try options.run { project throws(ThematicError) in try project.splitTheme(theme, into: into, name: name, codes: codes) }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a theme; one with codes, subthemes or exemplars only with --force.",
            discussion: "Its codes stay in the codebook; its subthemes move up to its parent.")
        @OptionGroup var options: ThemeChangeOptions
        @Flag(help: "Remove it even though it still has codes, subthemes or exemplars.") var force = false
        @Argument(help: "The theme's id.") var theme: String

        func run() throws {
            try options.run { project throws(ThematicError) in try project.removeTheme(theme, force: force) }
        }
    }
}
