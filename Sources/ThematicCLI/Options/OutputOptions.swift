import ArgumentParser

/// How data is printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// `--format text|json`, shared by every command that prints data.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "How to print the data: text for people, json for scripts.")
    var format: OutputFormat = .text
}
