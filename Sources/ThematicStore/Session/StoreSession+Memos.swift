import Foundation
import GRDB
import ThematicModel

extension StoreSession {
    /// Stores a memo.
    public func insertMemo(_ memo: Memo) throws {
        try db.execute(sql: """
            INSERT INTO memos (id, target_kind, target_id, author, text, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [memo.id.uuidString, memo.target.kind, memo.target.targetID, memo.author, memo.text,
                             StoreDate.string(memo.createdAt)])
    }

    /// Memos, oldest first; only those about `target` when given.
    ///
    /// A coding's own memo (written with `code --memo` or a sheet's memo column) is listed as a
    /// memo about the coding, with the coding's id and coder, for codings on current revisions.
    public func memos(about target: MemoTarget? = nil) throws -> [Memo] {
        var sql = "SELECT * FROM memos"
        var arguments: StatementArguments = []
        if let target {
            sql += " WHERE target_kind = ? AND target_id IS ?"
            arguments = [target.kind, target.targetID]
        }
        sql += " ORDER BY created_at, rowid"
        var memos = try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap(StoreSession.memo)
        switch target {
        case nil:
            memos += try Row.fetchAll(db, sql: """
                SELECT c.* FROM codings c JOIN sources s ON s.id = c.source_id AND s.current_revision = c.revision
                WHERE c.memo IS NOT NULL AND c.memo <> ''
                """).map(StoreSession.codingMemo)
        case .some(.coding(let id)):
            memos += try Row.fetchAll(db, sql: "SELECT * FROM codings WHERE id = ? AND memo IS NOT NULL AND memo <> ''",
                                      arguments: [id]).map(StoreSession.codingMemo)
        default:
            return memos
        }
        return memos.enumerated().sorted { ($0.element.createdAt, $0.offset) < ($1.element.createdAt, $1.offset) }.map(\.element)
    }

    static func memo(_ row: Row) throws -> Memo? {
        guard let target = MemoTarget(kind: row["target_kind"], id: row["target_id"]) else { return nil }
        return Memo(id: try StoreDate.uuid(row["id"], table: "memos", column: "id"), target: target, author: row["author"],
                    text: row["text"], createdAt: try StoreDate.date(row["created_at"], table: "memos", column: "created_at"))
    }

    /// Deletes the memos about a code (the code is going). - Returns: the memos deleted.
    public func deleteMemos(aboutCode id: String) throws -> [Memo] {
        let memos = try self.memos(about: .code(id: id))
        try db.execute(sql: "DELETE FROM memos WHERE target_kind = 'code' AND target_id = ?", arguments: [id])
        return memos
    }

    /// Whether a coding with this id exists.
    public func codingExists(_ id: UUID) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM codings WHERE id = ?)", arguments: [id.uuidString]) ?? false
    }
}
