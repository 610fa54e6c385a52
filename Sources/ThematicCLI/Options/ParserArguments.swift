import Foundation
import ArgumentParser
import Thematic

extension TranscriptFormat: ExpressibleByArgument {}

/// How transcript files are read: shared by `ingest` and `parse`.
struct ParserArguments: ParsableArguments {
    @Option(name: .customLong("input-format"), help: ArgumentHelp(
        "Read the files as this format instead of detecting it from name and content.",
        valueName: "format"))
    var inputFormat: TranscriptFormat?

    @Option(help: ArgumentHelp(
        "Roles for speaker labels, e.g. \"I=interviewer,P=participant,T=interpreter\".",
        discussion: "Without it, labels such as Interviewer, Int, I or Q are interviewers, Interpreter/Translator interpreters, the rest participants.",
        valueName: "label=role,…"))
    var roles: String?

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(
        "Merge consecutive subtitle cues of the same speaker into one utterance.",
        discussion: "WebVTT/SRT only. Default: merge when the file names its speakers (Zoom, Teams), not for plain captions."))
    var mergeCues: Bool?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: ArgumentHelp("ELAN: read this tier (its TIER_ID) as the transcript instead of all top-level tiers.",
                               valueName: "name"))
    var tier: String?

    @Option(help: ArgumentHelp("Refuse text transcripts with a line longer than this many bytes (default 1048576).",
                               valueName: "bytes"))
    var maxLineLength: Int = ParserLimits.defaultLineLength

    @Option(help: ArgumentHelp("Refuse a .docx whose document unpacks to more than this many bytes (default 268435456).",
                               valueName: "bytes"))
    var maxArchiveSize: Int = ParserLimits.defaultArchiveSize

    func validate() throws {
        try NumericOption.atLeast(1, maxLineLength, "--max-line-length")
        try NumericOption.atLeast(1, maxArchiveSize, "--max-archive-size")
    }

    /// The options given that change how a file is read (they do nothing for a file already ingested).
    var readingOptionNames: [String] {
        [(roles != nil, "--roles"), (inputFormat != nil, "--input-format"), (mergeCues != nil, "--merge-cues"),
         (tier != nil, "--tier")].filter(\.0).map(\.1)
    }

    func parserOptions(sourceID: String? = nil) throws -> ParserOptions {
        var options = ParserOptions(format: inputFormat, sourceID: sourceID, mergeConsecutiveCues: mergeCues, tier: tier)
        options.limits = ParserLimits(maximumLineLength: maxLineLength, maximumArchiveSize: maxArchiveSize)
        if let roles {
            do {
                options.roles = try TranscriptFile.roles(from: roles)
            } catch {
                throw ValidationError(error.description.replacingOccurrences(of: "error: ", with: ""))
            }
        }
        return options
    }
}
