import ThematicModel

/// What a coder's decision is about when agreement is computed on a project's codings.
public enum AgreementUnit: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// Each utterance: coded with a code when any coding of it touches the utterance.
    case utterance
    /// Each sentence of each utterance, likewise.
    case sentence
    /// Each character (Unicode scalar) of the utterances' content, coded or not (NVivo's unit).
    case character

    public var description: String { rawValue }
}

/// One unit of a source: its span and the utterance (1-based) it belongs to.
public struct AgreementUnitSpan: Hashable, Sendable, Codable {
    public var span: TextSpan
    /// The 1-based number of the utterance holding the unit.
    public var utterance: Int

    public init(span: TextSpan, utterance: Int) {
        self.span = span
        self.utterance = utterance
    }
}
