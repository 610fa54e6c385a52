import ArgumentParser
import Foundation
import Thematic

extension SpeakerRole: ExpressibleByArgument {}

extension ThematicCommand {
    struct Speakers: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a source's speakers, or change a speaker's role or name after ingest.",
            discussion: """
                Roles (interviewer, participant, interpreter, other) decide what --role filters, auto-coding
                rules and matrices see. They are set at ingest (--roles, or guessed from the labels); change
                them here at any time. The change is recorded in the audit trail and applies to the source's
                current revision; the transcript text keeps its labels as written.

                Examples:
                  thematic speakers list P05
                  thematic speakers set P05 Interpreter --name "Amira" --role other
                """,
            subcommands: [List.self, SetSpeaker.self],
            defaultSubcommand: List.self)
    }
}

extension ThematicCommand.Speakers {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A source's speakers: label, name, role, utterances.")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "The source id.")
        var source: String

        func run() throws {
            let project = try projectOptions.open()
            let speakers = try reportingFailures { () throws(ThematicError) in try project.speakers(source: source) }
            switch output.format {
            case .json:
                try JSONOutput.print(speakers.map { SpeakerJSON(label: $0.speaker.id, name: $0.speaker.name,
                                                                role: $0.speaker.role.rawValue, utterances: $0.utterances) })
            case .text:
                var table = TextTable(header: ["LABEL", "NAME", "ROLE", "UTTERANCES"], rightAligned: [3])
                table.rows = speakers.map { [$0.speaker.id, $0.speaker.name, $0.speaker.role.rawValue, String($0.utterances)] }
                table.render().forEach { Console.out($0) }
            }
        }
    }

    struct SetSpeaker: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change a speaker's role or display name (recorded).",
            discussion: "Example: thematic speakers set P05 Interpreter --name \"Interpreter (Amira)\"")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var output: OutputOptions

        @Option(help: ArgumentHelp("The new role: interviewer, participant, interpreter or other.", valueName: "role"))
        var role: SpeakerRole?

        @Option(help: ArgumentHelp("The new display name.", valueName: "name"))
        var name: String?

        @Argument(help: "The source id.")
        var source: String

        @Argument(help: ArgumentHelp("The speaker: its label as written in the transcript, or its name.", valueName: "label"))
        var label: String

        func validate() throws {
            if role == nil, name == nil { throw ValidationError("say what changes: --role and/or --name") }
        }

        func run() throws {
            let project = try projectOptions.open()
            let change = try reportingFailures { () throws(ThematicError) in
                try project.setSpeaker(source: source, label: label, role: role, name: name)
            }
            switch output.format {
            case .json: try JSONOutput.print(change)
            case .text:
                let unchanged = change.before == change.after ? " (nothing to change)" : ""
                Console.out("\(change.sourceID) speaker \(change.after.id): \(change.after.name), \(change.after.role.rawValue)\(unchanged)")
            }
        }
    }
}

private struct SpeakerJSON: Encodable {
    var label: String
    var name: String
    var role: String
    var utterances: Int
}
