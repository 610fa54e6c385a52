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
    public func memos(about target: MemoTarget? = nil) throws -> [Memo] {
        var sql = "SELECT * FROM memos"
        var arguments: StatementArguments = []
        if let target {
            sql += " WHERE target_kind = ? AND target_id IS ?"
            arguments = [target.kind, target.targetID]
        }
        sql += " ORDER BY created_at, rowid"
        return try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap { row in
            guard let target = MemoTarget(kind: row["target_kind"], id: row["target_id"]) else { return nil }
            return Memo(id: try StoreDate.uuid(row["id"], table: "memos", column: "id"), target: target, author: row["author"],
                        text: row["text"], createdAt: try StoreDate.date(row["created_at"], table: "memos", column: "created_at"))
        }
    }

    /// Whether a coding with this id exists.
    public func codingExists(_ id: UUID) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM codings WHERE id = ?)", arguments: [id.uuidString]) ?? false
    }
}
