import Foundation
import Testing
import ThematicTestSupport
import ThematicModel
@testable import ThematicParsers

/// What a real file from `../shared/testdata/external` must read as, established by reading the
/// file (labels counted with grep, first and last turns read by eye).
struct ExternalExpectation: Sendable, CustomTestStringConvertible {
    /// One utterance as expected: a text ending in `…` is a prefix, one starting with `…` a suffix.
    struct Turn: Sendable {
        var speaker: String
        var text: String
        var startMS: Int?
        var endMS: Int?

        init(_ speaker: String, _ text: String, _ startMS: Int?, _ endMS: Int?) {
            (self.speaker, self.text, self.startMS, self.endMS) = (speaker, text, startMS, endMS)
        }
    }

    var path: String
    var format: TranscriptFormat
    var speakers: [String]
    var utterances: Int
    var first: Turn
    var last: Turn
    var durationMS: Int?

    init(_ path: String, _ format: TranscriptFormat, speakers: [String], utterances: Int,
         first: Turn, last: Turn, durationMS: Int?) {
        (self.path, self.format, self.speakers, self.utterances) = (path, format, speakers, utterances)
        (self.first, self.last, self.durationMS) = (first, last, durationMS)
    }

    var testDescription: String { path }
}

/// Reading the real files in place, and the checks every parsed transcript must pass.
enum ExternalTranscripts {
    static func path(_ relative: String) -> String {
        TestPaths.external(relative)
    }

    /// Reads a real file as `thematic parse` would (detection included).
    static func read(_ relative: String, options: ParserOptions = ParserOptions()) throws -> ParseResult {
        try TranscriptReader().read(contentsOf: path(relative), options: options)
    }

    /// Every file of a folder with one of the extensions.
    static func files(in folder: String, extensions: Set<String>) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path(folder))) ?? []
        return names.filter { extensions.contains(($0 as NSString).pathExtension) }.sorted().map { "\(folder)/\($0)" }
    }

    /// Checks a real file against what reading it by eye established.
    static func check(_ expected: ExternalExpectation) throws {
        let result = try read(expected.path)
        let transcript = result.transcript
        #expect(transcript.origin.format == expected.format)
        #expect(transcript.speakers.map(\.id) == expected.speakers)
        #expect(transcript.utterances.count == expected.utterances)
        let index = TextIndex(transcript.text)
        for (utterance, turn) in [(transcript.utterances.first, expected.first), (transcript.utterances.last, expected.last)] {
            guard let utterance else { Issue.record("no utterances"); continue }
            #expect(utterance.speakerID == turn.speaker)
            let text = String(index.slice(utterance.span))
            if turn.text.hasSuffix("…") {
                #expect(text.hasPrefix(turn.text.dropLast()), "\(text)")
            } else if turn.text.hasPrefix("…") {
                #expect(text.hasSuffix(turn.text.dropFirst()), "\(text)")
            } else {
                #expect(text == turn.text)
            }
            #expect(utterance.start?.milliseconds == turn.startMS)
            #expect(utterance.end?.milliseconds == turn.endMS)
        }
        #expect(transcript.duration?.milliseconds == expected.durationMS)
        expectCanonical(transcript)
    }

    /// The canonical-text rule: one line per utterance, `Label: content\n`, the label span slicing
    /// the speaker's id and the content span slicing exactly the content, in order, nothing else.
    static func expectCanonical(_ transcript: Transcript, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let scalars = Array(transcript.text.unicodeScalars)
        var offset = 0
        for utterance in transcript.utterances {
            #expect(utterance.labelSpan.start == offset, sourceLocation: sourceLocation)
            let label = String(String.UnicodeScalarView(scalars[utterance.labelSpan.start..<utterance.labelSpan.end]))
            #expect(label == utterance.speakerID, sourceLocation: sourceLocation)
            #expect(utterance.span.start == utterance.labelSpan.end + 2, sourceLocation: sourceLocation)
            #expect(scalars[utterance.labelSpan.end] == ":" && scalars[utterance.labelSpan.end + 1] == " ", sourceLocation: sourceLocation)
            #expect(utterance.span.end < scalars.count && scalars[utterance.span.end] == "\n", sourceLocation: sourceLocation)
            let content = scalars[utterance.span.start..<utterance.span.end]
            #expect(!content.contains("\n") && !content.contains("\r"), sourceLocation: sourceLocation)
            offset = utterance.span.end + 1
        }
        #expect(offset == scalars.count, sourceLocation: sourceLocation)
        #expect(!transcript.text.unicodeScalars.contains("\u{FEFF}"), sourceLocation: sourceLocation)
    }

    /// Expects a real file to be rejected as malformed at a place, with a message that says why.
    static func expectRejected(_ relative: String, line: Int, column: Int, saying fragments: [String],
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let path = path(relative)
        #expect(sourceLocation: sourceLocation) {
            try TranscriptReader().read(contentsOf: path)
        } throws: { error in
            guard let error = error as? ParseError, case .malformed(let message, let location) = error else { return false }
            return location == ThematicModel.SourceLocation(file: path, line: line, column: column)
                && fragments.allSatisfy(message.contains)
        }
    }

    /// Expects text given in a test to be rejected by a parser at a place.
    static func expectError(_ text: String, file: String, with parser: any TranscriptParser, line: Int, column: Int,
                            sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(sourceLocation: sourceLocation) {
            try parse(text, file: file, with: parser)
        } throws: { error in
            (error as? ParseError)?.location == ThematicModel.SourceLocation(file: file, line: line, column: column)
        }
    }

    /// Parses text given in a test with a parser, as a file of that name.
    static func parse(_ text: String, file: String, with parser: any TranscriptParser,
                      options: ParserOptions = ParserOptions()) throws(ParseError) -> ParseResult {
        try parser.parse(ParserInput(file: file, bytes: Data(text.utf8)), options: options)
    }

    /// The canonical text's lines and each utterance's start and end, for golden comparisons.
    static func golden(_ transcript: Transcript) -> [String] {
        let index = TextIndex(transcript.text)
        return transcript.utterances.map { utterance in
            let times = [utterance.start, utterance.end].map { $0.map { "\($0.milliseconds)" } ?? "-" }.joined(separator: "–")
            return "\(index.slice(utterance.labelSpan)): \(index.slice(utterance.span)) @\(times)"
        }
    }
}
