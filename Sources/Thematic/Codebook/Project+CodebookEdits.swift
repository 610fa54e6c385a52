import Foundation
import ThematicCoding
import ThematicModel
import ThematicStore

extension Project {
    /// Adds a code, as the last child of its parent (given by the code's id path).
    public func addCode(_ code: Code) throws(ThematicError) -> CodebookChange {
        try editCodebook("codebook add") { codebook throws(CodingError) in
            (try CodebookEditor.adding(code, to: codebook), "added code \(code.id)")
        }
    }

    /// Changes a code's fields (not its id: use ``renameCode(_:to:)`` or ``moveCode(_:under:)``).
    public func editCode(_ id: String, _ update: (inout Code) -> Void) throws(ThematicError) -> CodebookChange {
        try editCodebook("codebook edit") { codebook throws(CodingError) in
            guard var code = codebook.code(id: id) else { throw .unknownCode(id) }
            update(&code)
            code.id = id
            return (try CodebookEditor.editing(code, in: codebook), "edited code \(id)")
        }
    }

    /// Gives a code (and the codes below it) a new slug under the same parent; codings follow.
    public func renameCode(_ id: String, to slug: String) throws(ThematicError) -> CodebookChange {
        try editCodebook("codebook rename") { codebook throws(CodingError) in
            (try CodebookEditor.renaming(id, toSlug: slug, in: codebook), "renamed code \(id) to \(slug)")
        }
    }

    /// Moves a code (and the codes below it) under another parent (`nil`: the top level); codings follow.
    public func moveCode(_ id: String, under parentID: String?) throws(ThematicError) -> CodebookChange {
        try editCodebook("codebook move") { codebook throws(CodingError) in
            (try CodebookEditor.moving(id, under: parentID, in: codebook), "moved code \(id) under \(parentID ?? "the top level")")
        }
    }

    /// Merges a code into another: its codings move to the target (a coding the target already
    /// has for the same span and coder is not duplicated), themes name the target, the code goes.
    /// - Throws: when the code has children (merge or move them first) or the target is a grouping node.
    public func mergeCode(_ id: String, into targetID: String) throws(ThematicError) -> CodebookChange {
        try change("codebook merge") { session in
            let codebook = try session.codebook()
            guard codebook.code(id: id) != nil else { throw CodingError.unknownCode(id) }
            guard let target = codebook.code(id: targetID) else { throw CodingError.unknownCode(targetID) }
            guard id != targetID else { throw CodingError.invalidCodebookChange("a code cannot be merged into itself") }
            guard target.isCodable else { throw CodingError.notCodable(targetID) }
            var retargeted = codebook
            for index in retargeted.themes.indices {
                retargeted.themes[index].codeIDs = retargeted.themes[index].codeIDs
                    .map { $0 == id ? targetID : $0 }
                    .reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
            }
            let result = try CodebookEditor.removing(id, from: retargeted)
            let (moved, duplicates) = try session.recode(from: id, to: targetID)
            for (position, theme) in result.themes.enumerated() { try session.saveTheme(theme, position: position) }
            try session.setCodebookRules(result.rules)
            try session.deleteCode(id: id)
            let change = CodebookChange(summary: "merged code \(id) into \(targetID) (\(moved) codings moved, \(duplicates) duplicates dropped)",
                                        codingsMoved: moved, codingsRemoved: duplicates)
            return (change, EventDraft(summary: change.summary, payload: change))
        }
    }

    /// Deletes a code without children. A code with codings needs `force`, and its codings go with
    /// it; memos about the code and its codings go too, listed in the change and kept in the event.
    /// - Throws: ``ThematicError/invalidRequest(_:)`` saying how many codings would go, without `force`.
    public func deleteCode(_ id: String, force: Bool = false) throws(ThematicError) -> CodebookChange {
        try change("codebook delete") { session in
            let result = try CodebookEditor.removing(id, from: try session.codebook())
            let count = try session.codingCountsByCode(currentRevisionsOnly: false)[id] ?? 0
            if count > 0, !force {
                throw ThematicError.invalidRequest("code '\(id)' has \(count) coding\(count == 1 ? "" : "s"); add --force to delete them with it")
            }
            let (removed, codingMemos) = try session.removeCodings(ids: try session.codingIDs(ofCode: id))
            let memos = try session.deleteMemos(aboutCode: id) + codingMemos
            for (position, theme) in result.themes.enumerated() { try session.saveTheme(theme, position: position) }
            try session.setCodebookRules(result.rules)
            try session.deleteCode(id: id)
            let memoNote = memos.isEmpty ? "" : " and \(memos.count) memo\(memos.count == 1 ? "" : "s") (kept in this event)"
            let change = CodebookChange(summary: "deleted code \(id)" + (removed > 0 ? " and its \(removed) codings" : "") + memoNote,
                                        codingsRemoved: removed, memosRemoved: memos)
            return (change, EventDraft(summary: change.summary, payload: change))
        }
    }

    /// Runs a pure codebook edit and stores the result in place (codes matched by guid keep their codings).
    private func editCodebook(_ command: String,
                              _ edit: (Codebook) throws(CodingError) -> (Codebook, String)) throws(ThematicError) -> CodebookChange {
        try change(command) { session in
            let (edited, summary) = try edit(try session.codebook())
            let current = try session.codebook()
            let merge = CodebookMerge(current: current, incoming: edited)
            let change = CodebookChange(summary: summary, renamed: merge.renamed)
            // An edit that changes nothing (the same definition again) writes nothing and no event.
            guard !merge.isEmpty || edited.rules != current.rules else { return (change, nil) }
            try Project.store(merge, in: session)
            // An edit carries the whole codebook: its rules replace the stored ones (renames included).
            if edited.rules != merge.rules { try session.setCodebookRules(edited.rules) }
            return (change, EventDraft(summary: summary, payload: change))
        }
    }

    /// Stores a planned merge: inserts, in-place updates (renames parked first so that two codes
    /// swapping ids never collide) and themes.
    static func store(_ merge: CodebookMerge, in session: StoreSession) throws {
        for case .update(let fromID, let code, let position) in merge.steps where fromID != code.id {
            var parked = code
            parked.id = "~\(code.guid.uuidString)"
            try session.updateCode(id: fromID, to: parked, position: position)
        }
        for step in merge.steps {
            switch step {
            case .insert(let code, let position):
                try session.insertCode(code, position: position)
            case .update(let fromID, let code, let position):
                try session.updateCode(id: fromID == code.id ? fromID : "~\(code.guid.uuidString)", to: code, position: position)
            }
        }
        if merge.themesChanged { try session.replaceThemes(merge.themes) }
        if merge.rulesChanged { try session.setCodebookRules(merge.rules) }
    }
}
