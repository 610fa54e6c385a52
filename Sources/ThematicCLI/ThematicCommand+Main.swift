import ArgumentParser
import Foundation
import Thematic

extension ThematicCommand {
    /// Checks the command words before argument-parser sees them, so that a mistyped command
    /// (`thematic injest …`) or help topic (`thematic help agreement`) is a usage error naming
    /// the nearest commands, not "unexpected arguments" or the main help with exit 0.
    static func main() {
        if let problem = CommandWords.problem(in: Array(CommandLine.arguments.dropFirst())) {
            Console.error("error: \(problem)")
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        main(nil)
    }
}

/// The subcommand words at the start of a command line.
enum CommandWords {
    /// What a command offers below it: its subcommands' names and types, and whether it has a default one.
    private struct Level {
        var names: [String]
        var types: [ParsableCommand.Type]
        var hasDefault: Bool

        init(_ command: ParsableCommand.Type) {
            let configuration = command.configuration
            types = configuration.subcommands
            names = types.map { $0._commandName }
            hasDefault = configuration.defaultSubcommand.map { _ in true } ?? false
        }
    }

    /// What is wrong with the command words, if anything.
    static func problem(in arguments: [String]) -> String? {
        var words = arguments[...]
        let isHelp = words.first == "help"
        if isHelp { words = words.dropFirst() }
        var level = Level(ThematicCommand.self)
        var path = ["thematic"]
        while let word = words.first, !word.hasPrefix("-"), !level.names.isEmpty {
            if let index = level.names.firstIndex(of: word) {
                level = Level(level.types[index])
                path.append(word)
                words = words.dropFirst()
                continue
            }
            let near = NearestNames.nearest(to: word, among: level.names.map { (value: $0, keys: [$0]) })
            // A command with a default subcommand takes that one's arguments here (`thematic speakers P05`
            // lists P05's speakers): only a word spelled nearly like a subcommand is taken for a typo.
            if !isHelp, level.hasDefault, near.isEmpty { break }
            let hint = near.isEmpty ? "the commands are \(level.names.joined(separator: ", "))"
                : "did you mean \(near.map { "'\($0)'" }.joined(separator: " or "))?"
            let what = isHelp ? "no help topic '\(word)'" : "unknown command '\(word)'"
            let place = path.count > 1 ? " for '\(path.joined(separator: " "))'" : ""
            return "\(what)\(place) — \(hint) (see '\(path.joined(separator: " ")) --help')"
        }
        return nil
    }
}
