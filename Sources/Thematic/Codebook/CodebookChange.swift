import ThematicCoding
import ThematicModel

/// What a codebook edit (`codebook add|edit|rename|move|merge|delete`) did.
public struct CodebookChange: Sendable, Hashable, Codable {
    /// One line for people.
    public var summary: String
    /// Codes whose id changed (a renamed or moved code and everything below it).
    public var renamed: [CodebookMerge.Rename] = []
    /// Codings that now point to another code (merge).
    public var codingsMoved = 0
    /// Codings removed (delete with force, or duplicates dropped by a merge).
    public var codingsRemoved = 0
    /// Memos removed with the code or its codings (delete with force).
    public var memosRemoved: [Memo] = []
}
