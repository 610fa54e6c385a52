import ArgumentParser
import Thematic

extension ThematicCommand {
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read transcript files into the project.",
            discussion: """
                Each file becomes a source named after its header's 'id:' or its file name \
                (P01.txt → P01). The whole batch is one transaction: if any file cannot be read, \
                nothing is ingested, unless --keep-going, which ingests the good files and lists \
                the bad ones. A file already in the project (same bytes) is reported and skipped; \
                a changed file for an existing source becomes its next revision (its codings are \
                re-anchored). A text file in which most paragraphs hold no speaker turn (a README, \
                notes) is refused as not a transcript; --force ingests it anyway. Roles and names of \
                speakers can be changed after ingest with 'thematic speakers set'.

                Examples:
                  thematic ingest Examples/alliance-study/transcripts/*.txt
                  thematic ingest --roles "I=interviewer,R=participant" interview.txt
                """)

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var parser: ParserArguments

        @Option(help: "The source id to give the file (one file only).")
        var id: String?

        @Flag(help: "Ingest the files that can be read even if others cannot.")
        var keepGoing = false

        @Flag(help: "Ingest a text file even if it does not look like a transcript (most paragraphs without a speaker turn).")
        var force = false

        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("Transcript files.", valueName: "file"))
        var files: [String]

        func validate() throws {
            if files.isEmpty { throw ValidationError("name at least one transcript file") }
            if let id, !SourceID.isValid(id) { throw ValidationError("--id '\(id)' is not usable: a source id is \(SourceID.rule)") }
        }

        func run() throws {
            let project = try projectOptions.open()
            let options = IngestOptions(parser: try parser.parserOptions(sourceID: id), keepGoing: keepGoing,
                                        strict: parser.strict, force: force)
            let report = try reportingFailures { () throws(ThematicError) in
                try project.ingest(files, options: options) { progress in
                    if progress.total > 1 {
                        Console.progress("ingest: \(progress.completed)/\(progress.total) \(progress.file)",
                                         done: progress.completed == progress.total)
                    }
                }
            }
            for ingested in report.ingested {
                for warning in ingested.warnings { Console.error(warning.description) }
            }
            for failure in report.failures { Console.error(failure.description) }
            // Options that shape how a file is read do nothing for a file already in the project: say so.
            let ignored = parser.readingOptionNames
            if !ignored.isEmpty {
                for duplicate in report.duplicates {
                    Console.error("\(duplicate.file): warning: already ingested as \(duplicate.sourceID), so \(ignored.joined(separator: ", ")) "
                                  + "changed nothing; change roles and names with 'thematic speakers set \(duplicate.sourceID) LABEL --role ROLE'")
                }
            }
            switch output.format {
            case .json:
                try JSONOutput.print(IngestJSON(report))
            case .text:
                for ingested in report.ingested {
                    let revision = ingested.revision > 1 ? " (revision \(ingested.revision))" : ""
                    Console.out("ingested \(ingested.sourceID)\(revision): \(ingested.utterances) utterances, \(ingested.words) words, \(ingested.format) from \(ingested.file)")
                    ingested.reanchoring.map(ReAnchorText.lines)?.forEach { Console.out($0) }
                }
                for duplicate in report.duplicates {
                    Console.out("skipped \(duplicate.file): already ingested as \(duplicate.sourceID) (revision \(duplicate.revision))")
                }
            }
            if !report.failures.isEmpty {
                Console.error("error: \(report.failures.count) of \(files.count) files could not be ingested")
                throw ExitCode.failure
            }
        }
    }
}

private struct IngestJSON: Encodable {
    var ingested: [IngestReport.Ingested]
    var duplicates: [IngestReport.Duplicate]
    var failed: [String]

    init(_ report: IngestReport) {
        ingested = report.ingested
        duplicates = report.duplicates
        failed = report.failures.map(\.description)
    }
}
