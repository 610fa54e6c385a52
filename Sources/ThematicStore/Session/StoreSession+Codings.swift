import Foundation
import GRDB
import ThematicModel

extension StoreSession {
    /// Records a coder, if not yet known.
    public func ensureCoder(_ id: String) throws {
        try db.cachedStatement(sql: "INSERT INTO coders (id, display_name) VALUES (?, ?) ON CONFLICT(id) DO NOTHING")
            .execute(arguments: [id, id])
    }

    /// Stores a coding unless the same coder already coded the same span with the same code.
    ///
    /// Both statements are prepared once per connection and reused (GRDB's statement cache):
    /// auto-coding stores hundreds of thousands of codings in one transaction, and compiling the
    /// SQL again for each was most of its time.
    /// - Returns: whether it was stored.
    @discardableResult
    public func insertCoding(_ coding: Coding, flag: String? = nil) throws -> Bool {
        try ensureCoder(coding.coderID)
        try db.cachedStatement(sql: """
            INSERT INTO codings (id, source_id, revision, start_offset, end_offset, code_id, coder_id, memo, created_at, flag)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(source_id, revision, start_offset, end_offset, code_id, coder_id) DO NOTHING
            """).execute(arguments: [coding.id.uuidString, coding.sourceID, coding.revision, coding.span.start, coding.span.end,
                                     coding.codeID, coding.coderID, coding.memo, StoreDate.string(coding.createdAt), flag])
        return db.changesCount == 1
    }

    /// The codings on a source's revision (its current one when `revision` is `nil`), in text order.
    public func codings(ofSource id: String, revision: Int? = nil) throws -> [Coding] {
        guard let revision = try revision ?? currentRevision(ofSource: id) else { return [] }
        return try Row.fetchAll(db, sql: """
            SELECT * FROM codings WHERE source_id = ? AND revision = ? ORDER BY start_offset, end_offset, code_id, coder_id
            """, arguments: [id, revision]).map(StoreSession.coding)
    }

    /// Every coding on the current revision of every source, in source and text order.
    public func currentCodings() throws -> [Coding] {
        try Row.fetchAll(db, sql: """
            SELECT c.* FROM codings c JOIN sources s ON s.id = c.source_id AND s.current_revision = c.revision
            ORDER BY c.source_id, c.start_offset, c.end_offset, c.code_id, c.coder_id
            """).map(StoreSession.coding)
    }

    /// The re-anchoring flags of a source's codings, by coding id.
    public func codingFlags(ofSource id: String) throws -> [UUID: String] {
        Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
            SELECT id, flag FROM codings WHERE source_id = ? AND flag IS NOT NULL
            """, arguments: [id]).compactMap { row in UUID(uuidString: row["id"]).map { ($0, row["flag"] as String) } })
    }

    /// Deletes codings by id. - Returns: how many were deleted.
    @discardableResult
    public func deleteCodings(ids: [UUID]) throws -> Int {
        var count = 0
        let statement = try db.cachedStatement(sql: "DELETE FROM codings WHERE id = ?")
        for id in ids {
            try statement.execute(arguments: [id.uuidString])
            count += db.changesCount
        }
        return count
    }

    /// Sets a coding's memo.
    public func setCodingMemo(id: UUID, to memo: String?) throws {
        try db.execute(sql: "UPDATE codings SET memo = ? WHERE id = ?", arguments: [memo, id.uuidString])
    }

    /// Moves a coding to another revision and span (re-anchoring), with an optional flag.
    /// - Returns: `false` when the same coding already exists there (the caller drops this one).
    public func moveCoding(id: UUID, toRevision revision: Int, span: TextSpan, flag: String?) throws -> Bool {
        let clash = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM codings c JOIN codings o ON o.id = ?
            WHERE c.source_id = o.source_id AND c.revision = ? AND c.start_offset = ? AND c.end_offset = ?
              AND c.code_id = o.code_id AND c.coder_id = o.coder_id
            """, arguments: [id.uuidString, revision, span.start, span.end]) ?? 0
        guard clash == 0 else { return false }
        try db.execute(sql: "UPDATE codings SET revision = ?, start_offset = ?, end_offset = ?, flag = ? WHERE id = ?",
                       arguments: [revision, span.start, span.end, flag, id.uuidString])
        return true
    }

    /// Re-points every coding of one code to another (merging codes); a coding the target code
    /// already has for the same span and coder is dropped instead of duplicated.
    /// - Returns: how many codings moved and how many were duplicates.
    public func recode(from fromID: String, to toID: String) throws -> (moved: Int, duplicates: Int) {
        try db.execute(sql: "UPDATE OR IGNORE codings SET code_id = ? WHERE code_id = ?", arguments: [toID, fromID])
        let moved = db.changesCount
        try db.execute(sql: "DELETE FROM codings WHERE code_id = ?", arguments: [fromID])
        return (moved, db.changesCount)
    }

    /// Deletes every coding of a code. - Returns: how many.
    public func deleteCodings(ofCode id: String) throws -> Int {
        try db.execute(sql: "DELETE FROM codings WHERE code_id = ?", arguments: [id])
        return db.changesCount
    }

    /// Deletes every coding by a coder, on current revisions, optionally of some sources only.
    /// - Returns: how many.
    public func deleteCodings(byCoder coderID: String, sources: [String]? = nil) throws -> Int {
        var sql = """
            DELETE FROM codings WHERE coder_id = ?
              AND revision = (SELECT current_revision FROM sources s WHERE s.id = codings.source_id)
            """
        var arguments: StatementArguments = [coderID]
        if let sources {
            sql += " AND source_id IN (\(databaseQuestionMarks(count: sources.count)))"
            arguments += StatementArguments(sources)
        }
        try db.execute(sql: sql, arguments: arguments)
        return db.changesCount
    }

    /// Deletes a code (it must have no codings and no children).
    public func deleteCode(id: String) throws {
        try db.execute(sql: "DELETE FROM codes WHERE id = ?", arguments: [id])
        guard db.changesCount == 1 else { throw StoreError.notFound(kind: "code", id: id) }
    }

    /// Every revision of a source, oldest first.
    public func revisions(ofSource id: String) throws -> [SourceRevision] {
        try Row.fetchAll(db, sql: """
            SELECT r.revision, r.file_name, r.sha256, r.ingested_at, r.ingested_by, r.word_count,
                   (SELECT COUNT(*) FROM codings c WHERE c.source_id = r.source_id AND c.revision = r.revision) AS codings,
                   (SELECT COUNT(*) FROM codings c WHERE c.source_id = r.source_id AND c.revision = r.revision AND c.flag IS NOT NULL) AS flagged
            FROM source_revisions r WHERE r.source_id = ? ORDER BY r.revision
            """, arguments: [id]).map { row in
            SourceRevision(sourceID: id, revision: row["revision"], fileName: row["file_name"], sha256: row["sha256"],
                           ingestedAt: StoreDate.date(row["ingested_at"]), ingestedBy: row["ingested_by"],
                           wordCount: row["word_count"], codings: row["codings"], flaggedCodings: row["flagged"])
        }
    }

    static func coding(_ row: Row) -> Coding {
        Coding(id: UUID(uuidString: row["id"]) ?? UUID(), sourceID: row["source_id"], revision: row["revision"],
               span: TextSpan(start: row["start_offset"], end: row["end_offset"]), codeID: row["code_id"],
               coderID: row["coder_id"], memo: row["memo"], createdAt: StoreDate.date(row["created_at"]))
    }
}
