import ArgumentParser

extension ThematicCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write project data out in exchange formats.",
            subcommands: [ExportTranscript.self, ExportCodebook.self, ExportProject.self])
    }
}
