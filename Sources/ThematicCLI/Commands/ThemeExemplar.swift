import ArgumentParser
import Thematic

extension ThematicCommand.ThemeCommand {
    struct ExemplarCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "exemplar",
            abstract: "Add or remove a theme's exemplar quotes.",
            subcommands: [Add.self, Remove.self])
    }
}

extension ThematicCommand.ThemeCommand.ExemplarCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a quote to a theme: a segment or a coding.",
            discussion: """
                The quote's text is kept as it is now, with its source revision and exact offsets.

                Examples:
                  thematic theme exemplar add three-in-the-room P05:14        utterance 14 of P05
                  thematic theme exemplar add three-in-the-room P06@1200-1350  (characters)
                  thematic theme exemplar add three-in-the-room 6F1C…-…       a coding id (see 'query --format json')
                """)
        @OptionGroup var options: ThemeChangeOptions
        @Argument(help: "The theme's id.") var theme: String
        @Argument(help: "A segment (P01:12, P01:12-15, P01@START-END) or a coding id.") var reference: String

        func run() throws {
            try options.run { project throws(ThematicError) in try project.addExemplar(to: theme, reference: reference) }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a theme's exemplar by its number (as 'theme show' lists them).",
            discussion: "Example: thematic theme exemplar remove three-in-the-room 2")
        @OptionGroup var options: ThemeChangeOptions
        @Argument(help: "The theme's id.") var theme: String
        @Argument(help: "The exemplar's number (1, 2, …).") var number: Int

        func validate() throws {
            if number < 1 { throw ValidationError("exemplars are numbered from 1") }
        }

        func run() throws {
            try options.run { project throws(ThematicError) in try project.removeExemplar(number, from: theme) }
        }
    }
}
