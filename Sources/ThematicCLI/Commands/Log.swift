import ArgumentParser
import Foundation
import Thematic
import ThematicModel

extension ThematicCommand {
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the audit trail: who changed what, when, in which phase.",
            discussion: "The trail is append-only; every command that changes the project adds one event.")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "Show only the newest N events.")
        var limit: Int?

        func validate() throws {
            try NumericOption.atLeast(1, limit, "--limit")
        }

        func run() throws {
            let project = try projectOptions.open()
            let events = try reportingFailures { () throws(ThematicError) in try project.events(limit: limit) }
            switch output.format {
            case .json:
                try JSONOutput.print(events.map(EventJSON.init))
            case .text:
                let style = Date.ISO8601FormatStyle(timeZone: .current).year().month().day()
                    .dateSeparator(.dash).time(includingFractionalSeconds: false).timeSeparator(.colon)
                for event in events {
                    Console.out("#\(event.id)  \(event.timestamp.formatted(style))  \(event.actor)  "
                                + "[\(event.phase)]  \(event.command): \(event.summary)")
                }
            }
        }
    }
}

/// An event as `log --format json` prints it, with its payload as a JSON object, not a string.
private struct EventJSON: Encodable {
    var event: AuditEvent

    init(_ event: AuditEvent) { self.event = event }

    enum Keys: String, CodingKey { case id, timestamp, actor, phase, phase_name, command, summary, payload }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(event.id, forKey: .id)
        try container.encode(event.timestamp, forKey: .timestamp)
        try container.encode(event.actor, forKey: .actor)
        try container.encode(event.phase.rawValue, forKey: .phase)
        try container.encode(event.phase.name, forKey: .phase_name)
        try container.encode(event.command, forKey: .command)
        try container.encode(event.summary, forKey: .summary)
        let payload = try JSONDecoder().decode(JSONValue.self, from: Data(event.payload.utf8))
        try container.encode(payload, forKey: .payload)
    }
}
