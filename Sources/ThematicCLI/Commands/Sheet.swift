import ArgumentParser
import Foundation
import Thematic

extension ThematicCommand {
    struct Sheet: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Code in a spreadsheet: export a coding sheet, fill in codes, import it.",
            discussion: """
                A sheet has one row per utterance: source, utterance, speaker, start, text, codes (separated
                by ';'), memo, coder. Fill the codes column in any spreadsheet program and save as CSV;
                'sheet import' adds and removes the coder's whole-utterance codings to match. See docs/coding.md.
                """,
            subcommands: [Export.self, Import.self])
    }
}

extension ThematicCommand.Sheet {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a coding sheet for a source.",
            discussion: "Example: thematic sheet export P01 --coder anna -o P01.csv")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var coder: CoderOptions

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (default: stdout).", valueName: "file"))
        var output: String?

        @Argument(help: "The source id.")
        var source: String

        func run() throws {
            let project = try projectOptions.open()
            let csv = try reportingFailures { () throws(ThematicError) in try project.exportSheet(source: source, coder: coder.coder) }
            guard let output else {
                FileHandle.standardOutput.write(Data(csv.utf8))
                return
            }
            do {
                try Data(csv.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                Console.error("\(output): error: cannot write: \(error.localizedDescription)")
                throw ExitCode.failure
            }
            Console.error("wrote \(output)")
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply a filled-in coding sheet (idempotent; all or nothing).",
            discussion: "Example: thematic sheet import P01.csv")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var coder: CoderOptions
        @OptionGroup var output: OutputOptions

        @Argument(help: "The sheet (.csv).")
        var file: String

        func run() throws {
            let project = try projectOptions.open()
            let report = try reportingFailures { () throws(ThematicError) in try project.importSheet(from: file, coder: coder.coder) }
            switch output.format {
            case .json:
                try JSONOutput.print(report)
            case .text:
                Console.out("\(report.added.count) added, \(report.removed.count) removed, \(report.memosChanged) memos changed (coder \(report.coderID))")
                report.added.forEach { Console.out("  + \($0.sourceID):\($0.utterance) \($0.codeID)") }
                report.removed.forEach { Console.out("  - \($0.sourceID):\($0.utterance) \($0.codeID)") }
                MemoText.printRemoved(report.removedMemos)
                let moved = report.remapped.filter { $0.fromUtterance != $0.toUtterance }
                if let first = report.remapped.first {
                    Console.out("the sheet was made from revision \(first.fromRevision) of \(first.sourceID); its rows were matched to revision "
                                + "\(first.toRevision) by their text (\(moved.count) of \(report.remapped.count) utterances have new numbers)")
                }
            }
        }
    }
}
