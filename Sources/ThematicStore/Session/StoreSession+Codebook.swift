import Foundation
import GRDB
import ThematicModel

extension StoreSession {
    /// The project's codebook: codes in codebook order, and the declared themes.
    public func codebook() throws -> Codebook {
        let codes = try Row.fetchAll(db, sql: "SELECT * FROM codes ORDER BY position, id").map { row in
            Code(id: row["id"], guid: try StoreDate.uuid(row["guid"], table: "codes", column: "guid"), name: row["name"],
                 definition: row["definition"], inclusion: row["inclusion"], exclusion: row["exclusion"],
                 typicalExample: row["typical_example"], atypicalExample: row["atypical_example"],
                 colour: row["colour"], memo: row["memo"], isCodable: row["codable"])
        }
        let themes = try storedThemes()
        return Codebook(name: try setting("codebook_name") ?? "", description: try setting("codebook_description") ?? "",
                        codes: codes, themes: themes, rules: try codebookRules())
    }

    /// Adds a code at a position in codebook order. Its parent must already be stored.
    public func insertCode(_ code: Code, position: Int) throws {
        try db.execute(sql: """
            INSERT INTO codes (id, guid, parent_id, name, definition, inclusion, exclusion, typical_example,
                               atypical_example, colour, memo, codable, position)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [code.id, code.guid.uuidString, code.parentID, code.name, code.definition, code.inclusion,
                             code.exclusion, code.typicalExample, code.atypicalExample, code.colour, code.memo,
                             code.isCodable, position])
    }

    /// Replaces a stored code's fields (its id may change; codings and themes follow).
    public func updateCode(id: String, to code: Code, position: Int) throws {
        try db.execute(sql: """
            UPDATE codes SET id = ?, guid = ?, parent_id = ?, name = ?, definition = ?, inclusion = ?, exclusion = ?,
                             typical_example = ?, atypical_example = ?, colour = ?, memo = ?, codable = ?, position = ?
            WHERE id = ?
            """, arguments: [code.id, code.guid.uuidString, code.parentID, code.name, code.definition, code.inclusion,
                             code.exclusion, code.typicalExample, code.atypicalExample, code.colour, code.memo,
                             code.isCodable, position, id])
        guard db.changesCount == 1 else { throw StoreError.notFound(kind: "code", id: id) }
        // Memos about the code follow it (codings and themes follow through their foreign keys).
        if code.id != id {
            try db.execute(sql: "UPDATE memos SET target_id = ? WHERE target_kind = 'code' AND target_id = ?", arguments: [code.id, id])
        }
    }

    /// Adds or replaces a theme, the codes it gathers and its exemplars. Its parent must be stored.
    public func saveTheme(_ theme: Theme, position: Int) throws {
        try db.execute(sql: """
            INSERT INTO themes (id, guid, name, definition, position, scope_note, status, parent_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, definition = excluded.definition, position = excluded.position,
                scope_note = excluded.scope_note, status = excluded.status, parent_id = excluded.parent_id
            """, arguments: [theme.id, theme.guid.uuidString, theme.name, theme.definition, position, theme.scopeNote,
                             theme.status.rawValue, theme.parentID])
        try db.execute(sql: "DELETE FROM theme_codes WHERE theme_id = ?", arguments: [theme.id])
        for (index, codeID) in theme.codeIDs.enumerated() {
            try db.execute(sql: "INSERT INTO theme_codes (theme_id, code_id, position) VALUES (?, ?, ?)",
                           arguments: [theme.id, codeID, index])
        }
        try db.execute(sql: "DELETE FROM theme_exemplars WHERE theme_id = ?", arguments: [theme.id])
        for (index, exemplar) in theme.exemplars.enumerated() {
            try db.execute(sql: """
                INSERT INTO theme_exemplars (theme_id, position, source_id, revision, start_offset, end_offset, coding_id, quote)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [theme.id, index, exemplar.sourceID, exemplar.revision, exemplar.span.start, exemplar.span.end,
                                 exemplar.codingID?.uuidString, exemplar.quote])
        }
    }

    /// Replaces every stored theme by `themes` (in this order; ids may change, guids are kept as given).
    public func replaceThemes(_ themes: [Theme]) throws {
        try db.execute(sql: "DELETE FROM themes")
        // Parents before their subthemes, keeping codebook order otherwise.
        var stored = Set<String>()
        var pending = Array(themes.enumerated())
        while !pending.isEmpty {
            let ready = pending.filter { $0.element.parentID.map(stored.contains) ?? true }
            guard !ready.isEmpty else { throw StoreError.constraintViolated(message: "themes with unknown parents or a cycle") }
            for (position, theme) in ready {
                try saveTheme(theme, position: position)
                stored.insert(theme.id)
            }
            pending.removeAll { stored.contains($0.element.id) }
        }
    }

    /// The stored themes with their codes and exemplars, in codebook order.
    private func storedThemes() throws -> [Theme] {
        let themeCodes = Dictionary(grouping: try Row.fetchAll(db, sql: """
            SELECT theme_id, code_id FROM theme_codes ORDER BY theme_id, position
            """), by: { $0["theme_id"] as String })
        let exemplars = Dictionary(grouping: try Row.fetchAll(db, sql: """
            SELECT * FROM theme_exemplars ORDER BY theme_id, position
            """), by: { $0["theme_id"] as String })
        return try Row.fetchAll(db, sql: "SELECT * FROM themes ORDER BY position, id").map { row in
            let id: String = row["id"]
            return Theme(id: id, guid: try StoreDate.uuid(row["guid"], table: "themes", column: "guid"), name: row["name"],
                         definition: row["definition"], codeIDs: (themeCodes[id] ?? []).map { $0["code_id"] },
                         scopeNote: row["scope_note"], status: ThemeStatus(rawValue: row["status"]) ?? .candidate,
                         parentID: row["parent_id"],
                         exemplars: try (exemplars[id] ?? []).map { row in
                             Exemplar(sourceID: row["source_id"], revision: row["revision"],
                                      span: TextSpan(start: row["start_offset"], end: row["end_offset"]),
                                      codingID: try (row["coding_id"] as String?).map {
                                          try StoreDate.uuid($0, table: "theme_exemplars", column: "coding_id")
                                      },
                                      quote: row["quote"])
                         })
        }
    }

    /// Records the codebook's name and description.
    public func setCodebookTitle(name: String, description: String) throws {
        try setSetting("codebook_name", to: name)
        try setSetting("codebook_description", to: description)
    }
}

extension StoreSession {
    /// How many codings each code has (its own, not its descendants').
    /// - Parameter currentRevisionsOnly: count only codings on each source's current revision (what
    ///   queries and matrices see); `false` also counts codings left on earlier revisions.
    public func codingCountsByCode(currentRevisionsOnly: Bool = true) throws -> [String: Int] {
        let sql = currentRevisionsOnly
            ? """
              SELECT c.code_id, COUNT(*) AS n FROM codings c
              JOIN sources s ON s.id = c.source_id AND s.current_revision = c.revision GROUP BY c.code_id
              """
            : "SELECT code_id, COUNT(*) AS n FROM codings GROUP BY code_id"
        return Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: sql).map { ($0["code_id"] as String, $0["n"] as Int) })
    }
}
