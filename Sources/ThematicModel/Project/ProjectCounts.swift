/// How much a project holds, for `thematic status` and the phase checklists.
public struct ProjectCounts: Hashable, Sendable, Codable {
    public var sources = 0
    public var utterances = 0
    public var words = 0
    public var codes = 0
    public var codableCodes = 0
    public var themes = 0
    public var codings = 0
    public var codedSources = 0
    public var coders = 0
    public var memos = 0
    public var cases = 0
    public var events = 0

    public init() {}
}
