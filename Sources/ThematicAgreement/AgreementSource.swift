import ThematicModel

/// One source as agreement needs it: its text, the units to compare on, and the codings of the
/// compared coders.
public struct AgreementSource: Sendable {
    public var id: String
    /// The canonical text the spans index (for the text of disagreements).
    public var text: String
    /// The units, in text order (utterances, sentences, or for characters the utterances' content).
    public var units: [AgreementUnitSpan]
    /// The codings of this source (any coder, any code; those not compared are ignored).
    public var codings: [Coding]

    public init(id: String, text: String, units: [AgreementUnitSpan], codings: [Coding]) {
        self.id = id
        self.text = text
        self.units = units
        self.codings = codings
    }
}
