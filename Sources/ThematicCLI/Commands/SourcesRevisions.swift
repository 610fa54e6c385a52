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
            let history = try reportingFailures { () throws(ThematicError) in try project.history(of: source) }
            let revisions = history.revisions
            switch output.format {
            case .json: try JSONOutput.print(history)
            case .text:
                var table = TextTable(header: ["REV", "INGESTED", "BY", "FILE", "WORDS", "CODINGS", "FLAGGED"], rightAligned: [0, 4, 5, 6])
                table.rows = revisions.map {
                    [String($0.revision), $0.ingestedAt.formatted(.iso8601), $0.ingestedBy, $0.fileName, String($0.wordCount),
                     String($0.codings), String($0.flaggedCodings)]
                }
                table.render().forEach { Console.out($0) }
                for entry in history.leftBehind {
                    Console.out("left on revision \(entry.coding.revision) (text deleted): \(entry.coding.codeID) by \(entry.coding.coderID) "
                                + "\"\(entry.text.prefix(80))\"")
                }
                for entry in history.flagged {
                    Console.out("flagged (\(entry.flag ?? "edited")): \(entry.coding.codeID) by \(entry.coding.coderID) "
                                + "@\(entry.coding.span.start)-\(entry.coding.span.end) \"\(entry.text.prefix(80))\"")
                }
            }
        }
    }
}
