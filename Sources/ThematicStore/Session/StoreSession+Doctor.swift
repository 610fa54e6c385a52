import Foundation
import GRDB
import ThematicModel

extension StoreSession {
    /// Everything wrong with the project file that can be found by reading it: SQLite's own
    /// integrity and foreign-key checks, then the rules Thematic keeps above SQL (memos, codings
    /// and theme links on things that exist, spans inside their text, codings on codable codes,
    /// code ids that match their parents, values that read back, events that account for the data).
    public func doctorFindings() throws -> [DoctorFinding] {
        var findings: [DoctorFinding] = []
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        for message in integrity where message != "ok" {
            findings.append(DoctorFinding(kind: .integrity, message: "SQLite integrity check: \(message)",
                                          advice: "restore the project from a backup, or salvage it with 'sqlite3 FILE .recover'"))
        }
        for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
            let table: String = row[0], parent: String = row[2]
            let rowid: Int64? = row[1]
            // Reported below, in detail: theme links to missing codes, codings on missing revisions.
            if table == "theme_codes" || (table == "codings" && parent == "source_revisions") { continue }
            findings.append(DoctorFinding(kind: .foreignKey, message: "\(table) row \(rowid.map(String.init) ?? "?") refers to a missing row of \(parent)",
                                          advice: "restore the project from a backup"))
        }
        findings += try memoFindings() + codingFindings() + codeFindings() + valueFindings() + eventFindings()
        return findings
    }

    /// Memos about a code, coding or source that does not exist.
    static let orphanMemos = """
            SELECT m.id, m.target_kind, m.target_id FROM memos m
            WHERE (m.target_kind = 'code' AND NOT EXISTS (SELECT 1 FROM codes c WHERE c.id = m.target_id))
               OR (m.target_kind = 'coding' AND NOT EXISTS (SELECT 1 FROM codings c WHERE c.id = m.target_id))
               OR (m.target_kind = 'source' AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = m.target_id))
        """

    private func memoFindings() throws -> [DoctorFinding] {
        try Row.fetchAll(db, sql: StoreSession.orphanMemos + " ORDER BY m.created_at, m.id").map { row in
            let kind: String = row["target_kind"], target: String = row["target_id"] ?? "", id: String = row["id"]
            return DoctorFinding(kind: .orphanMemo, message: "memo \(id) is about \(kind) '\(target)', which no longer exists",
                                 repair: "make it a project memo, its text kept and prefixed with what it was about")
        }
    }

    private func codingFindings() throws -> [DoctorFinding] {
        var findings = try Row.fetchAll(db, sql: """
            SELECT c.id, c.source_id, c.revision FROM codings c
            WHERE NOT EXISTS (SELECT 1 FROM source_revisions r WHERE r.source_id = c.source_id AND r.revision = c.revision)
            """).map { row in
            DoctorFinding(kind: .orphanCoding, message: "coding \(row["id"] as String) is on \(row["source_id"] as String) revision \(row["revision"] as Int), which does not exist",
                          advice: "restore the project from a backup; 'thematic uncode' cannot reach it")
        }
        // SQLite's length() of text counts code points: the Unicode scalars positions are in.
        findings += try Row.fetchAll(db, sql: """
            SELECT c.id, c.source_id, c.revision, c.start_offset, c.end_offset, length(r.text) AS size FROM codings c
            JOIN source_revisions r ON r.source_id = c.source_id AND r.revision = c.revision
            WHERE c.start_offset < 0 OR c.end_offset <= c.start_offset OR c.end_offset > length(r.text)
            """).map { row in
            DoctorFinding(kind: .spanOutsideText,
                          message: "coding \(row["id"] as String) on \(row["source_id"] as String)@\(row["start_offset"] as Int)-\(row["end_offset"] as Int) "
                              + "lies outside its text (\(row["size"] as Int) characters)",
                          advice: "uncode it ('thematic uncode \(row["source_id"] as String)@\(row["start_offset"] as Int)-\(row["end_offset"] as Int) CODE') and code the passage again")
        }
        findings += try Row.fetchAll(db, sql: """
            SELECT c.code_id, COUNT(*) AS n FROM codings c JOIN codes k ON k.id = c.code_id
            WHERE k.codable = 0 GROUP BY c.code_id ORDER BY c.code_id
            """).map { row in
            let code: String = row["code_id"], count: Int = row["n"]
            return DoctorFinding(kind: .codingOnUncodable,
                                 message: "\(count) coding\(count == 1 ? "" : "s") on '\(code)', a grouping node that cannot be used for coding",
                                 advice: "make the code codable ('thematic codebook edit \(code) --codable') or move the codings to a child code ('thematic codebook merge')")
        }
        return findings
    }

    private func codeFindings() throws -> [DoctorFinding] {
        var findings = try Row.fetchAll(db, sql: """
            SELECT t.theme_id, t.code_id FROM theme_codes t WHERE NOT EXISTS (SELECT 1 FROM codes c WHERE c.id = t.code_id)
            """).map { row in
            DoctorFinding(kind: .orphanThemeLink, message: "theme '\(row["theme_id"] as String)' names code '\(row["code_id"] as String)', which does not exist",
                          repair: "remove the link (the theme and the other codes stay)")
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, parent_id FROM codes ORDER BY position, id") {
            let code = Code(id: row["id"], name: "")
            let parent: String? = row["parent_id"]
            guard code.parentID != parent else { continue }
            let target = StoreSession.repairedCodeID(code.id, parent: parent)
            findings.append(DoctorFinding(
                kind: .misplacedCode,
                message: "code '\(code.id)' is stored below '\(parent ?? "(the top level)")': no query can reach it by that id, and exports leave it out",
                repair: target.map { "rename it to '\($0)' (its codings follow)" },
                advice: target == nil ? "rename it by hand with 'thematic codebook rename'" : nil))
        }
        return findings
    }

    /// Where a misplaced code belongs: below its stored parent, keeping its own slug.
    static func repairedCodeID(_ id: String, parent: String?) -> String? {
        let slug = id.split(separator: "/").last.map(String.init) ?? id
        return parent.map { "\($0)/\(slug)" } ?? slug
    }

    private func valueFindings() throws -> [DoctorFinding] {
        var findings: [DoctorFinding] = []
        let identities = [("codings", "id"), ("memos", "id"), ("codes", "guid"), ("themes", "guid")]
        for (table, column) in identities {
            for value in try String.fetchAll(db, sql: "SELECT \(column) FROM \(table)") where UUID(uuidString: value) == nil {
                findings.append(DoctorFinding(kind: .unreadableValue, message: "\(table).\(column) holds '\(value.prefix(60))', which is not an identity (UUID)",
                                              advice: "restore the project from a backup"))
            }
        }
        let dates = [("events", "at"), ("codings", "created_at"), ("memos", "created_at"), ("source_revisions", "ingested_at")]
        for (table, column) in dates {
            for value in try String.fetchAll(db, sql: "SELECT \(column) FROM \(table)") {
                do { _ = try StoreDate.date(value, table: table, column: column) } catch {
                    findings.append(DoctorFinding(kind: .unreadableValue, message: "\(table).\(column) holds '\(value.prefix(60))', which is not a date",
                                                  advice: "restore the project from a backup"))
                }
            }
        }
        return findings
    }

    private func eventFindings() throws -> [DoctorFinding] {
        try Row.fetchAll(db, sql: """
            SELECT r.source_id, r.revision FROM source_revisions r
            WHERE NOT EXISTS (
                SELECT 1 FROM events e, json_each(e.payload, '$.sources') s
                WHERE e.command = 'ingest' AND json_valid(e.payload)
                  AND json_extract(s.value, '$.id') = r.source_id AND json_extract(s.value, '$.revision') = r.revision)
            ORDER BY r.source_id, r.revision
            """).map { row in
            DoctorFinding(kind: .eventMismatch,
                          message: "\(row["source_id"] as String) revision \(row["revision"] as Int) has no ingest event in the audit trail",
                          advice: "the trail is append-only and is not rewritten; note the gap in a project memo ('thematic memo add')")
        }
    }
}
