import Foundation
import ThematicModel

/// Whether a file read as dialogue text looks like a transcript: in an interview transcript
/// nearly every paragraph (a run of non-blank lines) holds a speaker turn, while in a stray file
/// taken for one — a README, notes, a YAML file — most paragraphs hold none, and its `key:` lines
/// become "speakers".
struct DialogueShape {
    /// Paragraphs of the file after any front matter.
    let paragraphs: Int
    /// Of those, the ones in which a speaker turn begins.
    let withTurns: Int
    /// The first line of the first paragraph without a turn.
    let firstWithout: Int?

    /// Measures a file against the turns read from it.
    /// - Parameters:
    ///   - text: the file's text.
    ///   - turnLines: the 1-based lines where the parser found a turn.
    init(text: String, turnLines: Set<Int>) {
        var paragraphs = 0, withTurns = 0
        var firstWithout: Int?
        var start: Int?
        var hasTurn = false
        var inFrontMatter = false
        var seenContent = false
        var number = 0
        func close() {
            guard let opened = start else { return }
            paragraphs += 1
            if hasTurn { withTurns += 1 } else if firstWithout == nil { firstWithout = opened }
            start = nil
            hasTurn = false
        }
        text.enumerateLines { line, _ in
            number += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !seenContent, trimmed.isEmpty { return }
            if !seenContent, trimmed == "---" {
                seenContent = true
                inFrontMatter = true
                return
            }
            seenContent = true
            if inFrontMatter {
                if trimmed == "---" { inFrontMatter = false }
                return
            }
            if trimmed.isEmpty {
                close()
                return
            }
            if start == nil { start = number }
            if turnLines.contains(number) { hasTurn = true }
        }
        close()
        self.paragraphs = paragraphs
        self.withTurns = withTurns
        self.firstWithout = firstWithout
    }

    /// Whether most paragraphs hold no turn (and there are enough of them to judge).
    var looksStray: Bool {
        paragraphs >= 6 && withTurns * 2 < paragraphs
    }

    /// Checks a parsed dialogue-text file.
    /// - Returns: the refusal, or `nil` when it looks like a transcript (or is not dialogue text).
    static func refusal(for transcript: Transcript, path: String) -> IngestFailure? {
        guard transcript.origin.format == .plainText,
              let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .utf16) else { return nil }
        let shape = DialogueShape(text: text, turnLines: Set(transcript.utterances.map(\.location.line)))
        guard shape.looksStray else { return nil }
        let speakers = transcript.speakers.prefix(5).map(\.name).joined(separator: ", ")
        return IngestFailure(
            file: path,
            message: "\(path):\(shape.firstWithout ?? 1):1: error: this does not look like a transcript: only \(shape.withTurns) of "
                + "\(shape.paragraphs) paragraphs hold a speaker turn (first without one: line \(shape.firstWithout ?? 1); speakers read: "
                + "\(speakers)\(transcript.speakers.count > 5 ? ", …" : "")); if it is one, ingest it with --force")
    }
}
