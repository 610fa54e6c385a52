import Foundation

/// A code of the codebook: a named idea with the criteria that say when a segment shows it.
///
/// A code's ``id`` is the path of slugs from the root, `alliance/bond/trust`, so a researcher can
/// type it; the ``guid`` never changes (it is the REFI-QDA identity, kept through renames and moves).
public struct Code: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var guid: UUID
    public var name: String
    public var definition: String
    public var inclusion: String
    public var exclusion: String
    public var typicalExample: String
    public var atypicalExample: String
    /// `#rrggbb`, if the researcher chose a colour.
    public var colour: String?
    public var memo: String
    /// Whether segments may be coded with it; a pure grouping node is not codable.
    public var isCodable: Bool

    public init(id: String, guid: UUID = UUID(), name: String, definition: String = "",
                inclusion: String = "", exclusion: String = "", typicalExample: String = "",
                atypicalExample: String = "", colour: String? = nil, memo: String = "", isCodable: Bool = true) {
        self.id = id
        self.guid = guid
        self.name = name
        self.definition = definition
        self.inclusion = inclusion
        self.exclusion = exclusion
        self.typicalExample = typicalExample
        self.atypicalExample = atypicalExample
        self.colour = colour
        self.memo = memo
        self.isCodable = isCodable
    }

    /// The last segment of the id path.
    public var slug: Substring { id.split(separator: "/").last ?? Substring(id) }

    /// The id of the parent code, or `nil` for a top-level code.
    public var parentID: String? {
        guard let slash = id.lastIndex(of: "/") else { return nil }
        return String(id[..<slash])
    }

    /// The ids of the codes above this one, the top-level one first (`a`, `a/b` for `a/b/c`).
    public var ancestorIDs: [String] {
        let parts = id.split(separator: "/", omittingEmptySubsequences: false)
        return parts.indices.dropLast().map { parts[...$0].joined(separator: "/") }
    }

    /// How deep the code sits: 1 for a top-level code.
    public var depth: Int { id.split(separator: "/").count }

    /// Whether `other` is this code or lies below it.
    public func isAncestor(ofOrSameAs otherID: String) -> Bool {
        otherID == id || otherID.hasPrefix(id + "/")
    }

    /// Whether a slug is well formed: lowercase ASCII letters, digits and inner hyphens.
    public static func isValidSlug(_ slug: some StringProtocol) -> Bool {
        guard let first = slug.first, let last = slug.last, first != "-", last != "-" else { return false }
        return slug.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
    }
}
