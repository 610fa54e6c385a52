import ArgumentParser
import Thematic

extension ThematicCommand {
    struct Matrix: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count codings: co-occurrence, code by source, code by case attribute, frequencies.",
            discussion: """
                Each code counts its own codings (not those of the codes below it). The filters of 'query'
                (--source, --coder, --case) narrow what is counted.

                Examples:
                  thematic matrix cooccurrence --unit utterance --format csv
                  thematic matrix code-by-case --attribute interpreter
                  thematic matrix frequencies
                """,
            subcommands: [Cooccurrence.self, CodeBySource.self, CodeByCase.self, Frequencies.self])
    }
}

extension CodingMatrix.CooccurrenceUnit: ExpressibleByArgument {}

extension ThematicCommand.Matrix {
    struct Cooccurrence: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Code by code: overlapping codings (or utterances holding both codes).")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var filters: QueryFilterOptions
        @OptionGroup var output: TableOutputOptions

        @Option(help: "overlap: pairs of overlapping codings; utterance: utterances coded with both.")
        var unit: CodingMatrix.CooccurrenceUnit = .overlap

        func run() throws {
            try MatrixOutput.run(projectOptions, filters, output.format) { project, options throws(ThematicError) in
                try project.cooccurrence(unit: unit, options: options)
            }
        }
    }

    struct CodeBySource: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "code-by-source", abstract: "Codings per code and source.")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var filters: QueryFilterOptions
        @OptionGroup var output: TableOutputOptions

        func run() throws {
            try MatrixOutput.run(projectOptions, filters, output.format) { project, options throws(ThematicError) in
                try project.codeBySource(options: options)
            }
        }
    }

    struct CodeByCase: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "code-by-case", abstract: "Codings per code and value of a case attribute.")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var filters: QueryFilterOptions
        @OptionGroup var output: TableOutputOptions

        @Option(help: ArgumentHelp("The case attribute whose values are the columns.", valueName: "name"))
        var attribute: String

        func run() throws {
            try MatrixOutput.run(projectOptions, filters, output.format) { project, options throws(ThematicError) in
                try project.codeByCase(attribute: attribute, options: options)
            }
        }
    }

    struct Frequencies: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Per code: codings, sources, coders.")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var filters: QueryFilterOptions
        @OptionGroup var output: TableOutputOptions

        func run() throws {
            let project = try projectOptions.open()
            let options = try filters.options()
            let table = try reportingFailures { () throws(ThematicError) in try project.frequencies(options: options) }
            try FrequencyOutput.print(table, format: output.format)
        }
    }
}

/// Prints a matrix as a table, CSV or JSON.
enum MatrixOutput {
    /// Opens the project, computes a matrix with the filters, prints it.
    static func run(_ projectOptions: ProjectOptions, _ filters: QueryFilterOptions, _ format: TableFormat,
                    _ body: (Project, QueryOptions) throws(ThematicError) -> CodingMatrix) throws {
        let project = try projectOptions.open()
        let options = try filters.options()
        try print(try reportingFailures { () throws(ThematicError) in try body(project, options) }, format: format)
    }

    static func print(_ matrix: CodingMatrix, format: TableFormat) throws {
        switch format {
        case .json:
            try JSONOutput.print(matrix)
        case .csv:
            Console.out(csvText(header: ["code"] + matrix.columns,
                                rows: zip(matrix.rows, matrix.cells).map { [$0] + $1.map(String.init) }), terminator: "")
        case .text:
            var table = TextTable(header: ["CODE"] + matrix.columns, rightAligned: Set(1...max(1, matrix.columns.count)))
            table.rows = zip(matrix.rows, matrix.cells).map { [$0] + $1.map(String.init) }
            // A matrix wider than the terminal shows the columns that fit, and says so.
            var shown = table.header.count
            if let width = Console.terminalWidth {
                while shown > 2, (table.prefix(columns: shown).render().map(\.count).max() ?? 0) > width { shown -= 1 }
            }
            table.prefix(columns: shown).render().forEach { Console.out($0) }
            if shown < table.header.count {
                Console.error("(\(shown - 1) of \(matrix.columns.count) columns shown to fit \(Console.terminalWidth ?? 0) characters; "
                              + "use --format csv for the whole matrix)")
            }
        }
    }
}

/// Prints code frequencies.
enum FrequencyOutput {
    static func print(_ table: [CodeFrequency], format: TableFormat) throws {
        let rows = table.map { [$0.codeID, String($0.codings), String($0.sources), String($0.coders)] }
        switch format {
        case .json: try JSONOutput.print(table)
        case .csv: Console.out(csvText(header: ["code", "codings", "sources", "coders"], rows: rows), terminator: "")
        case .text:
            var text = TextTable(header: ["CODE", "CODINGS", "SOURCES", "CODERS"], rightAligned: [1, 2, 3])
            text.rows = rows
            text.render().forEach { Console.out($0) }
        }
    }
}
