import Foundation

/// A theme of the declared thematic framework: a pattern of meaning that gathers codes.
public struct Theme: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var guid: UUID
    public var name: String
    public var definition: String
    /// The ids of the codes the theme gathers.
    public var codeIDs: [String]

    public init(id: String, guid: UUID = UUID(), name: String, definition: String = "", codeIDs: [String] = []) {
        self.id = id
        self.guid = guid
        self.name = name
        self.definition = definition
        self.codeIDs = codeIDs
    }
}
