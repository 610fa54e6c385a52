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

    /// A coding by id, on any revision.
    public func coding(id: UUID) throws -> Coding? {
        try Row.fetchOne(db, sql: "SELECT * FROM codings WHERE id = ?", arguments: [id.uuidString]).map(StoreSession.coding)
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
            """, arguments: [id]).map { row in (try StoreDate.uuid(row["id"], table: "codings", column: "id"), row["flag"] as String) })
    }

    /// Deletes codings by id, with the memos written about them (read them first with
    /// ``memos(onCodings:)`` to say what goes). - Returns: how many codings were deleted.
    @discardableResult
    public func deleteCodings(ids: [UUID]) throws -> Int {
        var count = 0
        let statement = try db.cachedStatement(sql: "DELETE FROM codings WHERE id = ?")
        let memos = try db.cachedStatement(sql: "DELETE FROM memos WHERE target_kind = 'coding' AND target_id = ?")
        for id in ids {
            try statement.execute(arguments: [id.uuidString])
            count += db.changesCount
            try memos.execute(arguments: [id.uuidString])
        }
        return count
    }

    /// Deletes codings and the memos that go with them.
    /// - Returns: how many codings went, and their memos (for the report and the event, so that
    ///   no memo goes unsaid).
    public func removeCodings(ids: [UUID]) throws -> (count: Int, memos: [Memo]) {
        let memos = try self.memos(onCodings: ids)
        return (try deleteCodings(ids: ids), memos)
    }

    /// The memos that go with codings: each coding's own memo (`code --memo`, a sheet's memo
    /// column; its id is the coding's) and the memos written about it, oldest first.
    public func memos(onCodings ids: [UUID]) throws -> [Memo] {
        var result: [Memo] = []
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            let marks = databaseQuestionMarks(count: chunk.count)
            let arguments = StatementArguments(chunk.map(\.uuidString))
            result += try Row.fetchAll(db, sql: """
                SELECT * FROM codings WHERE id IN (\(marks)) AND memo IS NOT NULL AND memo <> ''
                """, arguments: arguments).map(StoreSession.codingMemo)
            result += try Row.fetchAll(db, sql: """
                SELECT * FROM memos WHERE target_kind = 'coding' AND target_id IN (\(marks))
                """, arguments: arguments).compactMap(StoreSession.memo)
        }
        return result.sorted { $0.createdAt < $1.createdAt }
    }

    /// Folds the memos of a coding that is about to go into the coding that stays (two codings
    /// became one): memos written about `from` are now about `into`, and `from`'s own memo is
    /// added to `into`'s (kept once when they are the same).
    public func foldMemos(of from: UUID, into: UUID) throws {
        try db.execute(sql: "UPDATE memos SET target_id = ? WHERE target_kind = 'coding' AND target_id = ?",
                       arguments: [into.uuidString, from.uuidString])
        try db.execute(sql: """
            UPDATE codings SET memo = CASE
                WHEN codings.memo IS NULL OR codings.memo = '' THEN f.memo
                WHEN codings.memo = f.memo THEN codings.memo
                ELSE codings.memo || char(10) || char(10) || f.memo END
            FROM (SELECT memo FROM codings WHERE id = ?) AS f
            WHERE codings.id = ? AND f.memo IS NOT NULL AND f.memo <> ''
            """, arguments: [from.uuidString, into.uuidString])
    }

    /// Sets a coding's memo.
    public func setCodingMemo(id: UUID, to memo: String?) throws {
        try db.execute(sql: "UPDATE codings SET memo = ? WHERE id = ?", arguments: [memo, id.uuidString])
    }

    /// Moves a coding to another revision and span (re-anchoring), with an optional flag.
    /// - Returns: `nil` when it moved; the id of the same coding already there when there is one
    ///   (nothing moved: the caller folds this one into it).
    public func moveCoding(id: UUID, toRevision revision: Int, span: TextSpan, flag: String?) throws -> UUID? {
        if let clash = try String.fetchOne(db, sql: """
            SELECT c.id FROM codings c JOIN codings o ON o.id = ?
            WHERE c.source_id = o.source_id AND c.revision = ? AND c.start_offset = ? AND c.end_offset = ?
              AND c.code_id = o.code_id AND c.coder_id = o.coder_id AND c.id <> o.id
            """, arguments: [id.uuidString, revision, span.start, span.end]) {
            return UUID(uuidString: clash)
        }
        try db.execute(sql: "UPDATE codings SET revision = ?, start_offset = ?, end_offset = ?, flag = ? WHERE id = ?",
                       arguments: [revision, span.start, span.end, flag, id.uuidString])
        return nil
    }

    /// Re-points every coding of one code to another (merging codes); a coding the target code
    /// already has for the same span and coder is dropped instead of duplicated.
    /// - Returns: how many codings moved and how many were duplicates.
    /// The memos of a duplicate fold into the coding that stays; memos about the code move to the target.
    public func recode(from fromID: String, to toID: String) throws -> (moved: Int, duplicates: Int) {
        let pairs = try Row.fetchAll(db, sql: """
            SELECT f.id AS from_id, t.id AS into_id FROM codings f JOIN codings t
              ON t.code_id = ? AND t.source_id = f.source_id AND t.revision = f.revision
             AND t.start_offset = f.start_offset AND t.end_offset = f.end_offset AND t.coder_id = f.coder_id
            WHERE f.code_id = ?
            """, arguments: [toID, fromID])
        for pair in pairs {
            if let from = UUID(uuidString: pair["from_id"]), let into = UUID(uuidString: pair["into_id"]) {
                try foldMemos(of: from, into: into)
            }
        }
        try db.execute(sql: "UPDATE memos SET target_id = ? WHERE target_kind = 'code' AND target_id = ?", arguments: [toID, fromID])
        try db.execute(sql: "UPDATE OR IGNORE codings SET code_id = ? WHERE code_id = ?", arguments: [toID, fromID])
        let moved = db.changesCount
        try db.execute(sql: "DELETE FROM codings WHERE code_id = ?", arguments: [fromID])
        return (moved, db.changesCount)
    }

    /// The ids of every coding of a code, on every revision.
    public func codingIDs(ofCode id: String) throws -> [UUID] {
        try String.fetchAll(db, sql: "SELECT id FROM codings WHERE code_id = ?", arguments: [id]).compactMap(UUID.init(uuidString:))
    }

    /// The ids of every coding by a coder on current revisions, optionally of some sources only.
    public func codingIDs(byCoder coderID: String, sources: [String]? = nil) throws -> [UUID] {
        var sql = """
            SELECT c.id FROM codings c JOIN sources s ON s.id = c.source_id AND s.current_revision = c.revision
            WHERE c.coder_id = ?
            """
        var arguments: StatementArguments = [coderID]
        if let sources {
            sql += " AND c.source_id IN (\(databaseQuestionMarks(count: sources.count)))"
            arguments += StatementArguments(sources)
        }
        return try String.fetchAll(db, sql: sql, arguments: arguments).compactMap(UUID.init(uuidString:))
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
                           ingestedAt: try StoreDate.date(row["ingested_at"], table: "source_revisions", column: "ingested_at"), ingestedBy: row["ingested_by"],
                           wordCount: row["word_count"], codings: row["codings"], flaggedCodings: row["flagged"])
        }
    }

    /// A coding's own memo, as a memo about the coding (with the coding's id).
    static func codingMemo(_ row: Row) throws -> Memo {
        Memo(id: try StoreDate.uuid(row["id"], table: "codings", column: "id"), target: .coding(id: row["id"]), author: row["coder_id"],
             text: row["memo"], createdAt: try StoreDate.date(row["created_at"], table: "codings", column: "created_at"))
    }

    static func coding(_ row: Row) throws -> Coding {
        Coding(id: try StoreDate.uuid(row["id"], table: "codings", column: "id"), sourceID: row["source_id"], revision: row["revision"],
               span: TextSpan(start: row["start_offset"], end: row["end_offset"]), codeID: row["code_id"],
               coderID: row["coder_id"], memo: row["memo"], createdAt: try StoreDate.date(row["created_at"], table: "codings", column: "created_at"))
    }
}
