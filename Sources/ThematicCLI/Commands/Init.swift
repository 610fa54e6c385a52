import ArgumentParser
import Thematic

extension ThematicCommand {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a new, empty project file.",
            discussion: """
                The project file is one SQLite database holding the transcripts, codebook, \
                codings, cases, memos and the audit trail. Creating it is the first event of the trail.

                Example:
                  thematic init --project study.thematic --name "Alliance study"
                """)

        @Option(help: ArgumentHelp("The project file to create.", valueName: "path"))
        var project: String = "study.thematic"

        @Option(help: "The study's name (default: the file name).")
        var name: String?

        @OptionGroup var output: OutputOptions

        func run() throws {
            let created = try reportingFailures { () throws(ThematicError) in
                try Project.create(at: project, name: name)
            }
            let status = try reportingFailures { () throws(ThematicError) in try created.status() }
            switch output.format {
            case .json: try JSONOutput.print(["project": created.path, "name": status.name])
            case .text: Console.out("created \(created.path) (\(status.name)); phase \(status.phase)")
            }
        }
    }
}
