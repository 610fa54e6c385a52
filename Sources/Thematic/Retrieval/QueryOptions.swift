import ThematicModel

/// Which segments a query looks at, besides its code expression.
public struct QueryOptions: Sendable, Hashable {
    /// Match codes only by their own id, not their descendants'.
    public var exact = false
    /// Only these speakers (id or name).
    public var speakers: [String] = []
    /// Only speakers with these roles.
    public var roles: [SpeakerRole] = []
    /// Only codings by these coders count.
    public var coders: [String] = []
    /// Only these sources (empty: all).
    public var sources: [String] = []
    /// Only sources of cases whose attributes hold these values (`interviewer` → `IV2`), all of them.
    public var caseAttributes: [String: String] = [:]
    /// Utterances of context before and after each hit.
    public var context = 0

    public init() {}
}
