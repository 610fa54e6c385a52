/// How often a code is used: the bars of the code-frequency chart.
public struct CodeCount: Hashable, Sendable, Codable {
    public var codeID: String
    public var name: String
    public var codings: Int
    public var sources: Int

    public init(codeID: String, name: String, codings: Int, sources: Int) {
        self.codeID = codeID
        self.name = name
        self.codings = codings
        self.sources = sources
    }
}
