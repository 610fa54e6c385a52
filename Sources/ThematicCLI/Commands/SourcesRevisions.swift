import ArgumentParser
import Thematic

extension ThematicCommand.Sources {
    struct Revisions: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A source's revisions: when each was ingested, and the codings on each.",
            discussion: """
                When a corrected transcript is ingested, codings move to the new revision; those whose text was
                deleted stay on the old one (listed here), those whose text was edited move and are flagged.
                """)

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "The source id.")
        var source: String

        func run() throws {
            let project = try projectOptions.open()
            let revisions = try reportingFailures { () throws(ThematicError) in try project.revisions(of: source) }
            switch output.format {
            case .json: try JSONOutput.print(revisions)
            case .text:
                var table = TextTable(header: ["REV", "INGESTED", "BY", "FILE", "WORDS", "CODINGS", "FLAGGED"], rightAligned: [0, 4, 5, 6])
                table.rows = revisions.map {
                    [String($0.revision), $0.ingestedAt.formatted(.iso8601), $0.ingestedBy, $0.fileName, String($0.wordCount),
                     String($0.codings), String($0.flaggedCodings)]
                }
                table.render().forEach { Console.out($0) }
            }
        }
    }
}
