/// The case attribute the report splits prevalence by, and its values in the order shown.
public struct SplitAttribute: Hashable, Sendable, Codable {
    public var name: String
    public var values: [String]

    public init(name: String, values: [String]) {
        self.name = name
        self.values = values
    }
}
