import Foundation

/// The codes of a study, in the order a researcher reads them (each parent before its children),
/// and the themes of the declared framework.
public struct Codebook: Hashable, Sendable, Codable {
    public var name: String
    public var description: String
    public var codes: [Code]
    public var themes: [Theme]
    /// Auto-coding rules kept with their codes (`autocode:` in the YAML codebook); each rule's id
    /// is the id of its code.
    public var rules: [AutoCodingRule]

    public init(name: String = "", description: String = "", codes: [Code] = [], themes: [Theme] = [],
                rules: [AutoCodingRule] = []) {
        self.name = name
        self.description = description
        self.codes = codes
        self.themes = themes
        self.rules = rules
    }

    /// The code with this id, if any.
    public func code(id: String) -> Code? {
        codes.first { $0.id == id }
    }

    /// The codes directly below `parentID` (top-level codes for `nil`), in codebook order.
    public func children(of parentID: String?) -> [Code] {
        codes.filter { $0.parentID == parentID }
    }

    /// The code and every code below it, in codebook order.
    public func subtree(of codeID: String) -> [Code] {
        codes.filter { $0.id == codeID || $0.id.hasPrefix(codeID + "/") }
    }

    /// Checks the rules every stored codebook keeps: valid slug paths, unique ids and guids,
    /// parents present, themes naming known codes.
    /// - Throws: the first ``CodebookError`` found, in codebook order.
    public func validate() throws(CodebookError) {
        var seen: [String: Code] = [:]
        var guids: [UUID: String] = [:]
        for code in codes {
            guard code.id.split(separator: "/", omittingEmptySubsequences: false).allSatisfy(Code.isValidSlug) else {
                throw .invalidSlug(codeID: code.id)
            }
            if seen[code.id] != nil { throw .duplicateCode(id: code.id) }
            if let other = guids[code.guid] { throw .duplicateGUID(codeID: code.id, otherCodeID: other) }
            seen[code.id] = code
            guids[code.guid] = code.id
        }
        for code in codes {
            if let parent = code.parentID, seen[parent] == nil { throw .missingParent(codeID: code.id, parentID: parent) }
        }
        var themeIDs = Set<String>()
        for theme in themes {
            guard Code.isValidSlug(theme.id) else { throw .invalidThemeID(themeID: theme.id) }
            if !themeIDs.insert(theme.id).inserted { throw .duplicateTheme(id: theme.id) }
            for codeID in theme.codeIDs where seen[codeID] == nil {
                throw .unknownCodeInTheme(themeID: theme.id, codeID: codeID)
            }
        }
        let parents = Dictionary(themes.map { ($0.id, $0.parentID) }, uniquingKeysWith: { first, _ in first })
        for theme in themes {
            guard let parent = theme.parentID else { continue }
            guard themeIDs.contains(parent) else { throw .unknownParentTheme(themeID: theme.id, parentID: parent) }
            var visited: Set = [theme.id]
            var next: String? = parent
            while let current = next {
                if !visited.insert(current).inserted { throw .themeCycle(themeID: theme.id) }
                next = parents[current] ?? nil
            }
        }
    }

    /// The theme with this id, if any.
    public func theme(id: String) -> Theme? {
        themes.first { $0.id == id }
    }

    /// The themes directly below `parentID` (top-level themes for `nil`), in codebook order.
    public func subthemes(of parentID: String?) -> [Theme] {
        themes.filter { $0.parentID == parentID }
    }

    /// The theme and every theme below it, the theme first, then depth first in codebook order.
    public func themeSubtree(of themeID: String) -> [Theme] {
        guard let theme = theme(id: themeID) else { return [] }
        return [theme] + subthemes(of: themeID).flatMap { themeSubtree(of: $0.id) }
    }
}

