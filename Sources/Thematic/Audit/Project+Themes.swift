import Foundation
import ThematicAudit
import ThematicCoding
import ThematicModel
import ThematicStore

extension Project {
    /// The declared themes, in codebook order.
    public func themes() throws(ThematicError) -> [Theme] {
        try read { try $0.codebook().themes }
    }

    /// Adds a theme.
    /// - Parameters:
    ///   - name: what the researchers call it.
    ///   - id: a slug; made from the name when `nil`.
    ///   - parent: the theme it is a subtheme of.
    public func addTheme(name: String, id: String? = nil, parent: String? = nil, definition: String = "",
                         codes: [String] = []) throws(ThematicError) -> ThemeChange {
        let slug = id ?? Project.slug(name)
        return try editThemes("theme add") { codebook throws(ThemeError) in
            let theme = Theme(id: slug, name: name, definition: definition, codeIDs: try Project.resolveCodes(codes, in: codebook),
                              parentID: parent)
            return (try ThemeEditor.adding(theme, to: codebook), slug, "added theme \(slug)" + (parent.map { " under \($0)" } ?? ""))
        }
    }

    /// Adds codes to a theme.
    public func assignCodes(_ codes: [String], to themeID: String) throws(ThematicError) -> ThemeChange {
        try editThemes("theme assign") { codebook throws(ThemeError) in
            let ids = try Project.resolveCodes(codes, in: codebook)
            return (try ThemeEditor.assigning(ids, to: themeID, in: codebook), themeID,
                    "assigned \(ids.joined(separator: ", ")) to theme \(themeID)")
        }
    }

    /// Takes codes out of a theme.
    public func unassignCodes(_ codes: [String], from themeID: String) throws(ThematicError) -> ThemeChange {
        try editThemes("theme unassign") { codebook throws(ThemeError) in
            let ids = try Project.resolveCodes(codes, in: codebook)
            return (try ThemeEditor.unassigning(ids, from: themeID, in: codebook), themeID,
                    "unassigned \(ids.joined(separator: ", ")) from theme \(themeID)")
        }
    }

    /// Sets a theme's definition, scope note, status or name (what is `nil` stays).
    public func defineTheme(_ themeID: String, definition: String? = nil, scopeNote: String? = nil, status: ThemeStatus? = nil,
                            name: String? = nil) throws(ThematicError) -> ThemeChange {
        let fields = [definition.map { _ in "definition" }, scopeNote.map { _ in "scope note" }, status.map { "status \($0)" },
                      name.map { _ in "name" }].compactMap { $0 }
        guard !fields.isEmpty else { throw .invalidRequest("give --definition, --scope-note, --status or --name") }
        return try editThemes("theme define") { codebook throws(ThemeError) in
            (try ThemeEditor.editing(themeID, in: codebook) { theme in
                if let definition { theme.definition = definition }
                if let scopeNote { theme.scopeNote = scopeNote }
                if let status { theme.status = status }
                if let name { theme.name = name }
            }, themeID, "defined theme \(themeID): \(fields.joined(separator: ", "))")
        }
    }

    /// Renames a theme: a new name, a new id, or both (its subthemes follow a new id).
    public func renameTheme(_ themeID: String, name: String?, id newID: String?) throws(ThematicError) -> ThemeChange {
        guard name != nil || newID != nil else { throw .invalidRequest("give a new name or --id") }
        return try editThemes("theme rename") { codebook throws(ThemeError) in
            var edited = codebook
            if let name { edited = try ThemeEditor.editing(themeID, in: edited) { $0.name = name } }
            if let newID { edited = try ThemeEditor.renaming(themeID, toID: newID, in: edited) }
            let target = newID ?? themeID
            return (edited, target, "renamed theme \(themeID)" + (newID.map { " to \($0)" } ?? "") + (name.map { " (name: \($0))" } ?? ""))
        }
    }

    /// Makes a theme a subtheme of another (`nil`: top level).
    public func moveTheme(_ themeID: String, under parent: String?) throws(ThematicError) -> ThemeChange {
        try editThemes("theme move") { codebook throws(ThemeError) in
            (try ThemeEditor.moving(themeID, under: parent, in: codebook), themeID,
             "moved theme \(themeID) under \(parent ?? "the top level")")
        }
    }

    /// Merges a theme into another.
    public func mergeTheme(_ themeID: String, into targetID: String) throws(ThematicError) -> ThemeChange {
        try editThemes("theme merge") { codebook throws(ThemeError) in
            (try ThemeEditor.merging(themeID, into: targetID, in: codebook), targetID, "merged theme \(themeID) into \(targetID)")
        }
    }

    /// Splits codes off a theme into a new sibling theme.
    public func splitTheme(_ themeID: String, into newID: String, name: String?, codes: [String]) throws(ThematicError) -> ThemeChange {
        try editThemes("theme split") { codebook throws(ThemeError) in
            let ids = try Project.resolveCodes(codes, in: codebook)
            guard Code.isValidSlug(newID) else { throw .invalidThemeID(newID) }
            let created = Theme(id: newID, name: name ?? newID)
            return (try ThemeEditor.splitting(themeID, into: created, codes: ids, in: codebook), newID,
                    "split \(ids.joined(separator: ", ")) off theme \(themeID) into \(newID)")
        }
    }

    /// Removes a theme; one with codes, subthemes or exemplars needs `force`.
    public func removeTheme(_ themeID: String, force: Bool = false) throws(ThematicError) -> ThemeChange {
        try editThemes("theme remove") { codebook throws(ThemeError) in
            (try ThemeEditor.removing(themeID, force: force, from: codebook), nil, "removed theme \(themeID)")
        }
    }

    /// Adds an exemplar quote to a theme.
    /// - Parameter reference: a segment (`P01:12`, `P01:12-15`, `P01@1200-1350`) or a coding id.
    public func addExemplar(to themeID: String, reference: String) throws(ThematicError) -> ThemeChange {
        let parsed: CodingReference? = try UUID(uuidString: reference) == nil ? Project.parse(reference) : nil
        return try change("theme exemplar add") { session in
            let exemplar: Exemplar
            if let parsed {
                let (transcript, revision, span) = try Project.locate(parsed, session)
                exemplar = Exemplar(sourceID: transcript.id, revision: revision, span: span,
                                    quote: String(TextIndex(transcript.text).slice(span)))
            } else {
                guard let uuid = UUID(uuidString: reference), let coding = try session.coding(id: uuid),
                      let transcript = try session.transcript(id: coding.sourceID, revision: coding.revision) else {
                    throw ThematicError.notFound(kind: "coding", id: reference)
                }
                exemplar = Exemplar(sourceID: coding.sourceID, revision: coding.revision, span: coding.span, codingID: uuid,
                                    quote: String(TextIndex(transcript.text).slice(coding.span)))
            }
            let current = try session.codebook()
            let edited = try Project.converting { () throws(ThemeError) in try ThemeEditor.addingExemplar(exemplar, to: themeID, in: current) }
            return try Project.storeThemes(edited, current: current, session, target: themeID,
                                           summary: "added exemplar \(exemplar.reference) to theme \(themeID)")
        }
    }

    /// Removes a theme's exemplar by its 1-based number.
    public func removeExemplar(_ number: Int, from themeID: String) throws(ThematicError) -> ThemeChange {
        try editThemes("theme exemplar remove") { codebook throws(ThemeError) in
            (try ThemeEditor.removingExemplar(number, from: themeID, in: codebook), themeID, "removed exemplar \(number) of theme \(themeID)")
        }
    }

    /// Runs a pure theme edit as one change with one event.
    private func editThemes(_ command: String,
                            _ edit: (Codebook) throws(ThemeError) -> (Codebook, String?, String)) throws(ThematicError) -> ThemeChange {
        try change(command) { session in
            let current = try session.codebook()
            let (edited, target, summary) = try Project.converting { () throws(ThemeError) in try edit(current) }
            return try Project.storeThemes(edited, current: current, session, target: target, summary: summary)
        }
    }

    /// Turns a ``ThemeError`` into the ``ThematicError`` a caller sees.
    private static func converting<T>(_ body: () throws(ThemeError) -> T) throws(ThematicError) -> T {
        do {
            return try body()
        } catch {
            switch error {
            case .unknownTheme(let id): throw .notFound(kind: "theme", id: id)
            case .unknownCode(let id): throw .notFound(kind: "code", id: id)
            default: throw .invalidRequest(error.description)
            }
        }
    }

    /// Stores edited themes; an edit that changes nothing writes nothing and no event.
    private static func storeThemes(_ edited: Codebook, current: Codebook, _ session: StoreSession, target: String?,
                                    summary: String) throws -> (ThemeChange, EventDraft?) {
        let theme = target.flatMap(edited.theme(id:))
        guard edited.themes != current.themes else { return (ThemeChange(summary: summary + " (no change)", theme: theme), nil) }
        try session.replaceThemes(edited.themes)
        let change = ThemeChange(summary: summary, theme: theme)
        return (change, EventDraft(summary: summary, payload: change))
    }

    /// Full code ids for names a researcher typed (`trust` for `alliance/bond/trust`).
    private static func resolveCodes(_ names: [String], in codebook: Codebook) throws(ThemeError) -> [String] {
        var ids: [String] = []
        for name in names {
            do {
                let id = try CodeQuery.resolve(name, in: codebook)
                if !ids.contains(id) { ids.append(id) }
            } catch {
                throw ThemeError.invalidChange(error.description)
            }
        }
        return ids
    }

    /// A slug made from a name: `The alliance as lived` → `the-alliance-as-lived`.
    static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }
}
