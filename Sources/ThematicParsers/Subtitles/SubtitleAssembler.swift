import ThematicModel

/// Turns subtitle cues into a transcript: one utterance a cue, or one a run of cues by the same
/// speaker when merging is on.
///
/// Merging is on by default when the file names speakers (Zoom, Teams), where a speaker's long
/// turn is cut into many cues; captions without speakers keep one utterance a cue. A cue without a
/// speaker in a file that names speakers is labelled `Unknown Speaker`; in a file that names none,
/// every cue is labelled `Speaker`.
struct SubtitleAssembler {
    static let unnamedInLabelledFile = "Unknown Speaker"
    static let unnamedInCaptions = "Speaker"

    static func transcript(from cues: [SubtitleCue], format: TranscriptFormat, input: ParserInput, options: ParserOptions,
                           metadata: [String: String], annotations: [Annotation],
                           warnings: [Diagnostic]) -> ParseResult {
        var builder = TranscriptBuilder(file: input.file, roles: options.roles)
        builder.warnings = warnings
        builder.annotations = annotations
        let texts = cues.map { CueText($0.lines) }
        let named = texts.contains { $0.speaker != nil }
        let merge = options.mergeConsecutiveCues ?? named
        var previousSpeaker: String?
        for (cue, text) in zip(cues, texts) {
            let label = text.speaker ?? (named ? unnamedInLabelledFile : unnamedInCaptions)
            if cue.end < cue.start {
                builder.warn("the cue ends (\(cue.end)) before it starts (\(cue.start))", line: cue.location.line, column: cue.location.column)
            }
            if merge, let previous = previousSpeaker, SpeakerLabel.key(previous) == SpeakerLabel.key(label) {
                builder.continueLastUtterance(with: text.text)
                if let last = builder.utterances.last, cue.end > (last.end ?? cue.end) { builder.setEndOfLastUtterance(cue.end) }
            } else {
                builder.addUtterance(label: label, content: text.text, start: cue.start, end: cue.end, at: cue.location)
            }
            previousSpeaker = label
        }
        let transcript = builder.build(
            id: SourceID.sanitize(input.stem) ?? "transcript", title: input.stem, metadata: metadata,
            origin: TranscriptOrigin(format: format, fileName: input.file, sha256: ""))
        return ParseResult(transcript: transcript, warnings: builder.warnings)
    }
}
