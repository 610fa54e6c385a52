import Foundation
import GRDB
import ThematicModel

extension StoreSession {
    /// Repairs what can be repaired without losing or inventing anything: orphan memos become
    /// project memos (text kept, prefixed with what they were about), theme links to missing codes
    /// are removed, misplaced codes move below their stored parent (subtree and codings follow).
    /// Runs inside the caller's change, so it is all or nothing.
    /// - Returns: what was repaired, one line each.
    public func repairDoctorFindings() throws -> [String] {
        var repaired: [String] = []
        for row in try Row.fetchAll(db, sql: StoreSession.orphanMemos) {
            let id: String = row["id"], kind: String = row["target_kind"], target: String = row["target_id"] ?? ""
            try db.execute(sql: """
                UPDATE memos SET target_kind = 'project', target_id = NULL, text = ? || text WHERE id = ?
                """, arguments: ["[about \(kind) '\(target)', which no longer exists] ", id])
            repaired.append("memo \(id) about the missing \(kind) '\(target)' is now a project memo")
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT t.theme_id, t.code_id FROM theme_codes t WHERE NOT EXISTS (SELECT 1 FROM codes c WHERE c.id = t.code_id)
            """) {
            let theme: String = row["theme_id"], code: String = row["code_id"]
            try db.execute(sql: "DELETE FROM theme_codes WHERE theme_id = ? AND code_id = ?", arguments: [theme, code])
            repaired.append("theme '\(theme)' no longer names the missing code '\(code)'")
        }
        // Parents first: moving a parent leaves its children misplaced until their turn comes.
        var moved = true
        var rounds = 0
        while moved, rounds < 64 {
            moved = false
            rounds += 1
            for row in try Row.fetchAll(db, sql: "SELECT id, parent_id FROM codes ORDER BY length(id), id") {
                let id: String = row["id"], parent: String? = row["parent_id"]
                guard Code(id: id, name: "").parentID != parent, let target = StoreSession.repairedCodeID(id, parent: parent),
                      try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM codes WHERE id = ?)", arguments: [target])! else { continue }
                try db.execute(sql: "UPDATE codes SET id = ? WHERE id = ?", arguments: [target, id])
                try db.execute(sql: "UPDATE memos SET target_id = ? WHERE target_kind = 'code' AND target_id = ?", arguments: [target, id])
                repaired.append("code '\(id)' is now '\(target)', below its parent")
                moved = true
            }
        }
        return repaired
    }
}
