import ArgumentParser
import Thematic

extension ThematicCommand {
    struct Cases: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import or list cases (participants) and their attributes.",
            discussion: """
                A cases CSV has a 'case' column, a 'source' column (transcript ids, ';'-separated; default: the
                case id) and one column per attribute; types (number, date, boolean, text) are inferred.

                Example: thematic cases import Examples/alliance-study/cases.csv
                """,
            subcommands: [Import.self, List.self],
            defaultSubcommand: List.self)
    }
}

extension ThematicCommand.Cases {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import cases from CSV (replacing stored cases of the same id).")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var coder: CoderOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "The cases file (.csv).")
        var file: String

        func run() throws {
            let project = try projectOptions.open(coder: coder)
            let cases = try reportingFailures { () throws(ThematicError) in try project.importCases(from: file) }
            switch output.format {
            case .json: try JSONOutput.print(cases)
            case .text:
                Console.out("\(cases.count) cases")
                if let first = cases.first {
                    Console.out("attributes: " + first.attributes.map { "\($0.name) (\($0.kind.rawValue))" }.joined(separator: ", "))
                }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One row per case: its sources and attributes.")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var output: TableOutputOptions

        func run() throws {
            let project = try projectOptions.open()
            let cases = try reportingFailures { () throws(ThematicError) in try project.cases() }
            var names: [String] = []
            for attribute in cases.flatMap(\.attributes) where !names.contains(attribute.name) { names.append(attribute.name) }
            let rows = cases.map { studyCase in
                [studyCase.id, studyCase.sourceIDs.joined(separator: ";")] + names.map { studyCase.attribute($0)?.value ?? "" }
            }
            switch output.format {
            case .json: try JSONOutput.print(cases)
            case .csv: Console.out(csvText(header: ["case", "source"] + names, rows: rows), terminator: "")
            case .text:
                var table = TextTable(header: (["case", "source"] + names).map { $0.uppercased() })
                table.rows = rows
                table.render().forEach { Console.out($0) }
            }
        }
    }
}
