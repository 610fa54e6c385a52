import ArgumentParser
import Foundation
import Thematic

extension ThematicCommand {
    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Retrieve the utterances whose codes satisfy a Boolean query.",
            discussion: """
                Operators AND, OR, NOT and parentheses; a code matches its descendants unless --exact.
                A segment is an utterance; its codes are those of the codings touching it.

                Examples:
                  thematic query 'alliance/bond/trust AND (goals OR tasks) AND NOT interpreter'
                  thematic query trust --role participant --case interviewer=IV2 --context 1
                  thematic query empathy --source P05,P06 --format csv > empathy.csv
                """)

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var filters: QueryFilterOptions
        @OptionGroup var output: TableOutputOptions

        @Flag(help: "Match codes only by their own id, not the codes below them.")
        var exact = false

        @Option(help: ArgumentHelp("Also show N utterances before and after each hit.", valueName: "n"))
        var context = 0

        @Argument(help: "The query, quoted.")
        var query: String

        func validate() throws {
            try NumericOption.atLeast(0, context, "--context")
        }

        func run() throws {
            let project = try projectOptions.open()
            var options = try filters.options()
            options.exact = exact
            options.context = context
            let segments = try reportingFailures { () throws(ThematicError) in try project.query(query, options: options) }
            switch output.format {
            case .json:
                try JSONOutput.print(segments.map(SegmentJSON.init))
            case .csv:
                Console.out(csvText(header: ["source", "utterance", "start", "speaker", "role", "codes", "text", "context", "memos"],
                                    rows: segments.map {
                                        [$0.sourceID, String($0.utterance), $0.start?.description ?? "", $0.speaker.name,
                                         $0.speaker.role.rawValue, $0.codes.joined(separator: "; "), $0.text, $0.isContext ? "yes" : "no",
                                         $0.memos.map { "\($0.codeID): \($0.text)" }.joined(separator: "\n")]
                                    }), terminator: "")
            case .text:
                var previous: (String, Int)?
                for segment in segments {
                    if let previous, previous.0 != segment.sourceID || previous.1 + 1 != segment.utterance { Console.out("--") }
                    let time = segment.start.map { " [\($0)]" } ?? ""
                    let codes = segment.isContext ? "" : "  {\(segment.codes.joined(separator: ", "))}"
                    Console.out("\(segment.isContext ? " " : "*") \(segment.sourceID):\(segment.utterance)\(time) \(segment.speaker.name): \(segment.text)\(codes)")
                    segment.memos.forEach { Console.out("      memo (\($0.codeID), \($0.author)): \($0.text.replacingOccurrences(of: "\n", with: " ⏎ "))") }
                                        previous = (segment.sourceID, segment.utterance)
                }
                let count = segments.filter { !$0.isContext }.count
                Console.error("\(count) segment\(count == 1 ? "" : "s")")
            }
        }
    }
}

/// Filters shared by `query` and `matrix`.
struct QueryFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only these sources (comma-separated).", valueName: "ids"))
    var source: String?

    @Option(help: ArgumentHelp("Only utterances of these speakers (id or name, comma-separated).", valueName: "names"))
    var speaker: String?

    @Option(help: ArgumentHelp("Only utterances of speakers with these roles: interviewer, participant, interpreter, other.", valueName: "roles"))
    var role: String?

    @Option(help: ArgumentHelp("Only codings by these coders (comma-separated).", valueName: "names"))
    var coder: String?

    @Option(help: ArgumentHelp("Only sources of cases with this attribute value (repeatable).", valueName: "name=value"))
    var `case`: [String] = []

    func options() throws -> QueryOptions {
        let list = { (text: String?) in text.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } } ?? [] }
        var options = QueryOptions()
        options.sources = list(source)
        options.speakers = list(speaker)
        options.coders = list(coder)
        options.roles = try list(role).map { name in
            guard let role = SpeakerRole(rawValue: name.lowercased()) else {
                throw ValidationError("--role: '\(name)' is not one of interviewer, participant, interpreter, other")
            }
            return role
        }
        for condition in `case` {
            let parts = condition.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { throw ValidationError("--case takes name=value, e.g. interviewer=IV2") }
            options.caseAttributes[String(parts[0])] = String(parts[1])
        }
        return options
    }
}

private struct SegmentJSON: Encodable {
    var source: String
    var utterance: Int
    var start_ms: Nullable<Int>
    var speaker: String
    var role: String
    var codes: [String]
    var text: String
    var context: Bool
    var memos: [CodingNote]

    init(_ segment: Retrieval.Segment) {
        source = segment.sourceID
        utterance = segment.utterance
        start_ms = Nullable(segment.start?.milliseconds)
        speaker = segment.speaker.name
        role = segment.speaker.role.rawValue
        codes = segment.codes
        text = segment.text
        context = segment.isContext
        memos = segment.memos
    }
}

