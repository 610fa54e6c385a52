import ArgumentParser
import Foundation
import Thematic
import ThematicModel

extension ThematicCommand {
    struct Sources: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the project's sources or show one.",
            subcommands: [List.self, Show.self, Revisions.self, Remove.self, Rename.self],
            defaultSubcommand: List.self)
    }
}

extension ThematicCommand.Sources {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One line per source: id, format, speakers, utterances, words, duration.")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let project = try projectOptions.open()
            let sources = try reportingFailures { () throws(ThematicError) in try project.sources() }
            switch output.format {
            case .json:
                try JSONOutput.print(sources.map(SourceJSON.init))
            case .text:
                var table = TextTable(header: ["ID", "FORMAT", "SPEAKERS", "UTTERANCES", "WORDS", "DURATION", "REV"],
                                      rightAligned: [3, 4, 6])
                for source in sources {
                    table.rows.append([source.id, source.format.rawValue, source.speakers.joined(separator: ", "),
                                       String(source.utteranceCount), String(source.wordCount),
                                       source.duration?.formatted(alwaysShowMilliseconds: false) ?? "-",
                                       String(source.revision)])
                }
                table.render().forEach { Console.out($0) }
                if sources.isEmpty { Console.error("no sources yet; add some with 'thematic ingest FILE…'") }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a source's transcript, one utterance a line, numbered, with times.",
            discussion: "The numbers are what 'thematic code P01:12 …' refers to.")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "Show this revision instead of the current one.")
        var revision: Int?

        @Argument(help: "The source id, as 'sources list' shows it.")
        var source: String

        func validate() throws {
            try NumericOption.atLeast(1, revision, "--revision")
        }

        func run() throws {
            let project = try projectOptions.open()
            let transcript = try reportingFailures { () throws(ThematicError) in
                try project.transcript(id: source, revision: revision)
            }
            switch output.format {
            case .json: try JSONOutput.print(TranscriptJSON(transcript))
            case .text: TranscriptText.print(transcript)
            }
        }
    }
}

/// A source as `sources list --format json` prints it.
private struct SourceJSON: Encodable {
    var id: String
    var title: String
    var format: TranscriptFormat
    var file: String
    var sha256: String
    var revision: Int
    var speakers: [String]
    var utterances: Int
    var words: Int
    var duration_ms: Nullable<Int>
    var ingested_at: Date

    init(_ source: SourceSummary) {
        id = source.id
        title = source.title
        format = source.format
        file = source.fileName
        sha256 = source.sha256
        revision = source.revision
        speakers = source.speakers
        utterances = source.utteranceCount
        words = source.wordCount
        duration_ms = Nullable(source.duration?.milliseconds)
        ingested_at = source.ingestedAt
    }
}
