import Foundation

/// A theme of the declared thematic framework: a pattern of meaning that gathers codes.
///
/// Themes form a tree through ``parentID`` (a theme with a parent is a subtheme). A theme's
/// ``codeIDs`` are its own codes; the codes of its subthemes belong to it as well when its
/// prevalence is counted.
public struct Theme: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var guid: UUID
    public var name: String
    /// What the theme is about (Braun & Clarke's phase 5: "defining and naming").
    public var definition: String
    /// What the theme is not about, and where it ends.
    public var scopeNote: String
    /// How far the researchers have worked it through.
    public var status: ThemeStatus
    /// The theme this one is a subtheme of; `nil` for a top-level theme.
    public var parentID: String?
    /// The ids of the codes the theme gathers.
    public var codeIDs: [String]
    /// Quotes chosen to show the theme.
    public var exemplars: [Exemplar]

    public init(id: String, guid: UUID = UUID(), name: String, definition: String = "", codeIDs: [String] = [],
                scopeNote: String = "", status: ThemeStatus = .candidate, parentID: String? = nil,
                exemplars: [Exemplar] = []) {
        self.id = id
        self.guid = guid
        self.name = name
        self.definition = definition
        self.codeIDs = codeIDs
        self.scopeNote = scopeNote
        self.status = status
        self.parentID = parentID
        self.exemplars = exemplars
    }
}
