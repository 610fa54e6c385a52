import ThematicModel

/// Changes to a codebook's tree, computed on values: adding, renaming, moving and removing codes.
///
/// Each operation returns the whole new codebook, in pre-order, validated; the caller stores it
/// (a renamed or moved code keeps its guid, which is how its codings follow it).
public enum CodebookEditor {
    /// The codebook with a new code, placed as the last child of its parent.
    /// - Throws: ``CodingError/invalidCodebookChange(_:)`` when the id is taken or malformed, or the parent is missing.
    public static func adding(_ code: Code, to codebook: Codebook) throws(CodingError) -> Codebook {
        guard codebook.code(id: code.id) == nil else { throw .invalidCodebookChange("code '\(code.id)' already exists") }
        var result = codebook
        let position: Int
        if let parent = code.parentID {
            guard codebook.code(id: parent) != nil else {
                throw .invalidCodebookChange("code '\(code.id)' needs its parent '\(parent)'; add the parent first")
            }
            position = endOfSubtree(parent, in: codebook)
        } else {
            position = codebook.codes.count
        }
        result.codes.insert(code, at: position)
        return try validated(result)
    }

    /// The codebook with a code's fields replaced (its id and guid stay).
    public static func editing(_ code: Code, in codebook: Codebook) throws(CodingError) -> Codebook {
        guard let index = codebook.codes.firstIndex(where: { $0.id == code.id }) else { throw .unknownCode(code.id) }
        var result = codebook
        var edited = code
        edited.guid = codebook.codes[index].guid
        result.codes[index] = edited
        return try validated(result)
    }

    /// The codebook with a code (and everything below it) under a new slug, same parent.
    public static func renaming(_ id: String, toSlug slug: String, in codebook: Codebook) throws(CodingError) -> Codebook {
        guard let code = codebook.code(id: id) else { throw .unknownCode(id) }
        guard Code.isValidSlug(slug) else {
            throw .invalidCodebookChange("'\(slug)' is not a slug: use lowercase letters, digits and '-'")
        }
        let newID = code.parentID.map { "\($0)/\(slug)" } ?? slug
        return try validated(reidentified(id, as: newID, in: codebook, at: nil))
    }

    /// The codebook with a code (and everything below it) moved under another parent (`nil`: top level),
    /// as its last child.
    public static func moving(_ id: String, under parentID: String?, in codebook: Codebook) throws(CodingError) -> Codebook {
        guard let code = codebook.code(id: id) else { throw .unknownCode(id) }
        if let parentID {
            guard codebook.code(id: parentID) != nil else { throw .unknownCode(parentID) }
            guard !Code.isSameOrBelow(parentID, id) else {
                throw .invalidCodebookChange("cannot move '\(id)' under itself or one of its own children")
            }
        }
        let newID = parentID.map { "\($0)/\(code.slug)" } ?? String(code.slug)
        return try validated(reidentified(id, as: newID, in: codebook, at: parentID.map { .some($0) } ?? .some(nil)))
    }

    /// The codebook without a code, which must have no children.
    public static func removing(_ id: String, from codebook: Codebook) throws(CodingError) -> Codebook {
        guard codebook.code(id: id) != nil else { throw .unknownCode(id) }
        let children = codebook.children(of: id)
        guard children.isEmpty else {
            throw .invalidCodebookChange("code '\(id)' has \(children.count) child code\(children.count == 1 ? "" : "s") (\(children.map(\.id).joined(separator: ", "))); move, merge or delete them first")
        }
        var result = codebook
        result.codes.removeAll { $0.id == id }
        for index in result.themes.indices { result.themes[index].codeIDs.removeAll { $0 == id } }
        result.rules.removeAll { $0.codeID == id }
        return try validated(result)
    }

    /// The position just past a code's last descendant.
    private static func endOfSubtree(_ id: String, in codebook: Codebook) -> Int {
        let last = codebook.codes.lastIndex { Code.isSameOrBelow($0.id, id) } ?? codebook.codes.count - 1
        return last + 1
    }

    /// Renames a subtree's ids and, when `newParent` is given, moves it to the end of that parent's children.
    private static func reidentified(_ id: String, as newID: String, in codebook: Codebook,
                                     at newParent: String??) throws(CodingError) -> Codebook {
        guard newID == id || codebook.code(id: newID) == nil else {
            throw .invalidCodebookChange("code '\(newID)' already exists")
        }
        var subtree = codebook.subtree(of: id)
        for index in subtree.indices {
            subtree[index].id = newID + subtree[index].id.dropFirst(id.count)
        }
        var result = codebook
        let rename = { (old: String) -> String in Code.isSameOrBelow(old, id) ? newID + old.dropFirst(id.count) : old }
        for index in result.themes.indices { result.themes[index].codeIDs = result.themes[index].codeIDs.map(rename) }
        result.rules = result.rules.map { renamingCodes(in: $0, rename) }
        if let newParent {
            result.codes.removeAll { Code.isSameOrBelow($0.id, id) }
            let position = newParent.map { endOfSubtree($0, in: result) } ?? result.codes.count
            result.codes.insert(contentsOf: subtree, at: position)
        } else {
            let start = result.codes.firstIndex { $0.id == id }!
            result.codes.replaceSubrange(start..<(start + subtree.count), with: subtree)
        }
        return result
    }

    /// A rule with its code ids renamed (and its id, when it is a codebook rule named after its code).
    public static func renamingCodes(in rule: AutoCodingRule, _ rename: (String) -> String) -> AutoCodingRule {
        var renamed = rule
        if rule.id == rule.codeID { renamed.id = rename(rule.id) }
        renamed.codeID = rename(rule.codeID)
        renamed.withinCodeID = rule.withinCodeID.map(rename)
        return renamed
    }

    private static func validated(_ codebook: Codebook) throws(CodingError) -> Codebook {
        do {
            try codebook.validate()
        } catch {
            throw .invalidCodebookChange(error.description)
        }
        return codebook
    }
}
