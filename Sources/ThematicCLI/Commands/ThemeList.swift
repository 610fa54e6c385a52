import ArgumentParser
import Thematic

extension ThematicCommand.ThemeCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the themes: id, name, status, parent, codes, exemplars.",
            discussion: "Example: thematic theme list --format json")
        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let project = try projectOptions.open()
            let themes = try reportingFailures { () throws(ThematicError) in try project.themes() }
            switch output.format {
            case .json: try JSONOutput.print(themes)
            case .text:
                guard !themes.isEmpty else {
                    Console.out("no themes yet (add one: thematic theme add NAME)")
                    return
                }
                var table = TextTable(header: ["ID", "NAME", "STATUS", "PARENT", "CODES", "EXEMPLARS", "DEFINED"], rightAligned: [4, 5])
                for theme in themes {
                    table.rows.append([theme.id, theme.name, theme.status.rawValue, theme.parentID ?? "-", String(theme.codeIDs.count),
                                       String(theme.exemplars.count), theme.definition.isEmpty ? "no" : "yes"])
                }
                table.render().forEach { Console.out($0) }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a theme: definition, scope note, status, subthemes, codes and numbered exemplars.",
            discussion: "Example: thematic theme show three-in-the-room")
        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The theme's id.") var theme: String

        func run() throws {
            let project = try projectOptions.open()
            let themes = try reportingFailures { () throws(ThematicError) in try project.themes() }
            guard let shown = themes.first(where: { $0.id == theme }) else {
                Console.error("error: no theme '\(theme)' in this project")
                throw ExitCode.failure
            }
            switch output.format {
            case .json: try JSONOutput.print(shown)
            case .text:
                Console.out("\(shown.id) — \(shown.name) [\(shown.status)]")
                if let parent = shown.parentID { Console.out("subtheme of: \(parent)") }
                Console.out("definition: \(shown.definition.isEmpty ? "(none)" : shown.definition)")
                Console.out("scope note: \(shown.scopeNote.isEmpty ? "(none)" : shown.scopeNote)")
                let subthemes = themes.filter { $0.parentID == shown.id }.map(\.id)
                if !subthemes.isEmpty { Console.out("subthemes: \(subthemes.joined(separator: ", "))") }
                Console.out("codes (\(shown.codeIDs.count)):")
                shown.codeIDs.forEach { Console.out("  \($0)") }
                Console.out("exemplars (\(shown.exemplars.count)):")
                for (number, exemplar) in shown.exemplars.enumerated() {
                    Console.out("  \(number + 1). \(exemplar.reference) (revision \(exemplar.revision)): \"\(exemplar.quote)\"")
                }
            }
        }
    }
}
