import ThematicModel

/// What a parser gives back: the transcript and the findings that did not stop it.
public struct ParseResult: Hashable, Sendable {
    public var transcript: Transcript
    public var warnings: [Diagnostic]

    public init(transcript: Transcript, warnings: [Diagnostic] = []) {
        self.transcript = transcript
        self.warnings = warnings
    }
}
