import Foundation
import GRDB
import ThematicModel

extension StoreSession {
    /// Adds a case or replaces a stored case's sources and attributes.
    public func saveCase(_ studyCase: StudyCase, position: Int) throws {
        try db.execute(sql: """
            INSERT INTO cases (id, position) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET position = excluded.position
            """, arguments: [studyCase.id, position])
        try db.execute(sql: "DELETE FROM case_sources WHERE case_id = ?", arguments: [studyCase.id])
        try db.execute(sql: "DELETE FROM attributes WHERE case_id = ?", arguments: [studyCase.id])
        for source in studyCase.sourceIDs {
            try db.execute(sql: "INSERT OR IGNORE INTO case_sources (case_id, source_id) VALUES (?, ?)", arguments: [studyCase.id, source])
        }
        for (position, attribute) in studyCase.attributes.enumerated() {
            try db.execute(sql: "INSERT INTO attributes (case_id, name, type, value, position) VALUES (?, ?, ?, ?, ?)",
                           arguments: [studyCase.id, attribute.name, attribute.kind.rawValue, attribute.value, position])
        }
    }

    /// Every case with its sources and attributes, in stored order.
    public func cases() throws -> [StudyCase] {
        let sources = Dictionary(grouping: try Row.fetchAll(db, sql: "SELECT case_id, source_id FROM case_sources ORDER BY source_id"),
                                 by: { $0["case_id"] as String })
        let attributes = Dictionary(grouping: try Row.fetchAll(db, sql: "SELECT * FROM attributes ORDER BY case_id, position"),
                                    by: { $0["case_id"] as String })
        return try String.fetchAll(db, sql: "SELECT id FROM cases ORDER BY position, id").map { id in
            StudyCase(id: id, sourceIDs: (sources[id] ?? []).map { $0["source_id"] },
                      attributes: (attributes[id] ?? []).map { row in
                          CaseAttribute(name: row["name"], kind: CaseAttribute.Kind(rawValue: row["type"]) ?? .text, value: row["value"])
                      })
        }
    }

    /// Whether a source exists.
    public func sourceExists(_ id: String) throws -> Bool {
        try currentRevision(ofSource: id) != nil
    }
}
