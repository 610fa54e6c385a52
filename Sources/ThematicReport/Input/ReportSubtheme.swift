/// A subtheme: a pattern inside a theme, with the codes it gathers.
public struct ReportSubtheme: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var definition: String
    public var codes: [ReportCode]

    public init(id: String, name: String, definition: String = "", codes: [ReportCode] = []) {
        self.id = id
        self.name = name
        self.definition = definition
        self.codes = codes
    }
}
