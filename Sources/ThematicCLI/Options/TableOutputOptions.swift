import ArgumentParser

/// How tabular data is printed.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case csv
}

/// `--format text|json|csv`, for commands whose output is a table.
struct TableOutputOptions: ParsableArguments {
    @Option(name: .long, help: "How to print the data: text for people, json or csv for scripts and spreadsheets.")
    var format: TableFormat = .text
}
