import ThematicModel

/// Pure edits of a codebook's themes: each takes a codebook and returns the edited one, checked,
/// or throws without changing anything.
public enum ThemeEditor {
    /// Adds a theme (last among its siblings).
    public static func adding(_ theme: Theme, to codebook: Codebook) throws(ThemeError) -> Codebook {
        guard Code.isValidSlug(theme.id) else { throw .invalidThemeID(theme.id) }
        guard codebook.theme(id: theme.id) == nil else { throw .themeExists(theme.id) }
        if let parent = theme.parentID, codebook.theme(id: parent) == nil { throw .unknownTheme(parent) }
        for code in theme.codeIDs where codebook.code(id: code) == nil { throw .unknownCode(code) }
        var edited = codebook
        edited.themes.append(theme)
        return try checked(edited)
    }

    /// Adds codes to a theme (codes it already has are skipped).
    public static func assigning(_ codes: [String], to themeID: String, in codebook: Codebook) throws(ThemeError) -> Codebook {
        try editing(themeID, in: codebook) { theme throws(ThemeError) in
            for code in codes {
                guard codebook.code(id: code) != nil else { throw .unknownCode(code) }
                if !theme.codeIDs.contains(code) { theme.codeIDs.append(code) }
            }
        }
    }

    /// Takes codes out of a theme (they stay in the codebook).
    public static func unassigning(_ codes: [String], from themeID: String, in codebook: Codebook) throws(ThemeError) -> Codebook {
        try editing(themeID, in: codebook) { theme throws(ThemeError) in
            for code in codes {
                guard theme.codeIDs.contains(code) else { throw .codeNotInTheme(themeID: themeID, codeID: code) }
                theme.codeIDs.removeAll { $0 == code }
            }
        }
    }

    /// Changes a theme's fields in place (its id, parent, codes and exemplars have their own edits).
    public static func editing(_ themeID: String, in codebook: Codebook,
                               _ update: (inout Theme) throws(ThemeError) -> Void) throws(ThemeError) -> Codebook {
        guard let position = codebook.themes.firstIndex(where: { $0.id == themeID }) else { throw .unknownTheme(themeID) }
        var edited = codebook
        try update(&edited.themes[position])
        edited.themes[position].id = themeID
        return try checked(edited)
    }

    /// Gives a theme a new id; its subthemes follow.
    public static func renaming(_ themeID: String, toID newID: String, in codebook: Codebook) throws(ThemeError) -> Codebook {
        guard codebook.theme(id: themeID) != nil else { throw .unknownTheme(themeID) }
        guard newID != themeID else { return codebook }
        guard Code.isValidSlug(newID) else { throw .invalidThemeID(newID) }
        guard codebook.theme(id: newID) == nil else { throw .themeExists(newID) }
        var edited = codebook
        for index in edited.themes.indices {
            if edited.themes[index].id == themeID { edited.themes[index].id = newID }
            if edited.themes[index].parentID == themeID { edited.themes[index].parentID = newID }
        }
        return try checked(edited)
    }

    /// Makes a theme a subtheme of another (`nil`: a top-level theme).
    public static func moving(_ themeID: String, under parentID: String?, in codebook: Codebook) throws(ThemeError) -> Codebook {
        guard codebook.theme(id: themeID) != nil else { throw .unknownTheme(themeID) }
        if let parentID {
            guard codebook.theme(id: parentID) != nil else { throw .unknownTheme(parentID) }
            guard !codebook.themeSubtree(of: themeID).contains(where: { $0.id == parentID }) else {
                throw .invalidChange("theme '\(parentID)' is '\(themeID)' or lies below it; a theme cannot move under itself")
            }
        }
        guard let position = codebook.themes.firstIndex(where: { $0.id == themeID }) else { throw .unknownTheme(themeID) }
        var edited = codebook
        edited.themes[position].parentID = parentID
        return try checked(edited)
    }

    /// Merges a theme into another: its codes, exemplars and subthemes join the target; it goes.
    public static func merging(_ themeID: String, into targetID: String, in codebook: Codebook) throws(ThemeError) -> Codebook {
        guard let source = codebook.theme(id: themeID) else { throw .unknownTheme(themeID) }
        guard codebook.theme(id: targetID) != nil else { throw .unknownTheme(targetID) }
        guard themeID != targetID else { throw .invalidChange("a theme cannot be merged into itself") }
        guard !codebook.themeSubtree(of: themeID).contains(where: { $0.id == targetID }) else {
            throw .invalidChange("theme '\(targetID)' lies below '\(themeID)'; move it out first or merge the other way")
        }
        var edited = codebook
        for index in edited.themes.indices {
            if edited.themes[index].id == targetID {
                for code in source.codeIDs where !edited.themes[index].codeIDs.contains(code) { edited.themes[index].codeIDs.append(code) }
                for exemplar in source.exemplars where !edited.themes[index].exemplars.contains(exemplar) {
                    edited.themes[index].exemplars.append(exemplar)
                }
            }
            if edited.themes[index].parentID == themeID { edited.themes[index].parentID = targetID }
        }
        edited.themes.removeAll { $0.id == themeID }
        return try checked(edited)
    }

    /// Splits codes off a theme into a new sibling theme.
    public static func splitting(_ themeID: String, into newTheme: Theme, codes: [String],
                                 in codebook: Codebook) throws(ThemeError) -> Codebook {
        guard let theme = codebook.theme(id: themeID) else { throw .unknownTheme(themeID) }
        guard !codes.isEmpty else { throw .invalidChange("name the codes that go to the new theme (--codes)") }
        for code in codes where !theme.codeIDs.contains(code) { throw .codeNotInTheme(themeID: themeID, codeID: code) }
        var created = newTheme
        created.parentID = theme.parentID
        created.codeIDs = codes
        var edited = try adding(created, to: codebook)
        edited = try unassigning(codes, from: themeID, in: edited)
        return edited
    }

    /// Removes a theme. One that holds codes, subthemes or exemplars needs `force`; its codes stay
    /// in the codebook and its subthemes move up to its parent.
    public static func removing(_ themeID: String, force: Bool, from codebook: Codebook) throws(ThemeError) -> Codebook {
        guard let theme = codebook.theme(id: themeID) else { throw .unknownTheme(themeID) }
        let subthemes = codebook.subthemes(of: themeID).count
        if !force, !theme.codeIDs.isEmpty || subthemes > 0 || !theme.exemplars.isEmpty {
            throw .themeNotEmpty(themeID: themeID, codes: theme.codeIDs.count, subthemes: subthemes, exemplars: theme.exemplars.count)
        }
        var edited = codebook
        for index in edited.themes.indices where edited.themes[index].parentID == themeID {
            edited.themes[index].parentID = theme.parentID
        }
        edited.themes.removeAll { $0.id == themeID }
        return try checked(edited)
    }

    /// Adds an exemplar quote to a theme (the same stretch twice is kept once).
    public static func addingExemplar(_ exemplar: Exemplar, to themeID: String, in codebook: Codebook) throws(ThemeError) -> Codebook {
        try editing(themeID, in: codebook) { theme in
            if !theme.exemplars.contains(where: { $0.sourceID == exemplar.sourceID && $0.revision == exemplar.revision && $0.span == exemplar.span }) {
                theme.exemplars.append(exemplar)
            }
        }
    }

    /// Removes a theme's exemplar by its 1-based number (as `theme show` lists them).
    public static func removingExemplar(_ number: Int, from themeID: String, in codebook: Codebook) throws(ThemeError) -> Codebook {
        try editing(themeID, in: codebook) { theme throws(ThemeError) in
            guard number >= 1, number <= theme.exemplars.count else {
                throw .invalidChange("theme '\(themeID)' has exemplars 1 to \(theme.exemplars.count); there is no exemplar \(number)")
            }
            theme.exemplars.remove(at: number - 1)
        }
    }

    private static func checked(_ codebook: Codebook) throws(ThemeError) -> Codebook {
        do {
            try codebook.validate()
        } catch {
            throw .invalidChange(error.description)
        }
        return codebook
    }
}
