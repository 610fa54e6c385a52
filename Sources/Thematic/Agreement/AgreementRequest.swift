import ThematicModel

/// What to compare in ``Project/agreement(_:)``.
public struct AgreementRequest: Hashable, Sendable {
    /// Two or more coders (`auto:*` pools every auto-coding rule as one coder).
    public var coders: [String]
    public var unit: AgreementUnit
    /// Codes (ids or unambiguous short names); `nil` for every code a compared coder used.
    public var codes: [String]?
    /// Count codings of the codes below a code as codings of the code.
    public var includesSubcodes: Bool
    /// Sources; `nil` for all.
    public var sources: [String]?
    /// Speaker roles whose utterances are not units (e.g. the interpreter).
    public var excludedRoles: [SpeakerRole]
    /// List the segments where the coders differ.
    public var disagreements: Bool

    public init(coders: [String], unit: AgreementUnit = .utterance, codes: [String]? = nil, includesSubcodes: Bool = false,
                sources: [String]? = nil, excludedRoles: [SpeakerRole] = [], disagreements: Bool = false) {
        self.coders = coders
        self.unit = unit
        self.codes = codes
        self.includesSubcodes = includesSubcodes
        self.sources = sources
        self.excludedRoles = excludedRoles
        self.disagreements = disagreements
    }
}
