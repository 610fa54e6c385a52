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
        let themeCodes = Dictionary(grouping: try Row.fetchAll(db, sql: """
            SELECT theme_id, code_id FROM theme_codes ORDER BY theme_id, position
            """), by: { $0["theme_id"] as String })
        let themes = try Row.fetchAll(db, sql: "SELECT * FROM themes ORDER BY position, id").map { row in
            let id: String = row["id"]
            return Theme(id: id, guid: try StoreDate.uuid(row["guid"], table: "themes", column: "guid"), name: row["name"],
                         definition: row["definition"], codeIDs: (themeCodes[id] ?? []).map { $0["code_id"] })
        }
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

    /// Adds or replaces a theme and the codes it gathers.
    public func saveTheme(_ theme: Theme, position: Int) throws {
        try db.execute(sql: """
            INSERT INTO themes (id, guid, name, definition, position) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, definition = excluded.definition, position = excluded.position
            """, arguments: [theme.id, theme.guid.uuidString, theme.name, theme.definition, position])
        try db.execute(sql: "DELETE FROM theme_codes WHERE theme_id = ?", arguments: [theme.id])
        for (index, codeID) in theme.codeIDs.enumerated() {
            try db.execute(sql: "INSERT INTO theme_codes (theme_id, code_id, position) VALUES (?, ?, ?)",
                           arguments: [theme.id, codeID, index])
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
