import Foundation
import GRDB
import ThematicModel

extension StoreSession {
    /// The ids of every coding on any revision of a source.
    public func codingIDs(ofSource id: String) throws -> [UUID] {
        try String.fetchAll(db, sql: "SELECT id FROM codings WHERE source_id = ?", arguments: [id]).compactMap(UUID.init(uuidString:))
    }

    /// Deletes a source with every revision, speaker and utterance, its memos and its place in
    /// cases (delete its codings first, with ``removeCodings(ids:)``).
    /// - Returns: the memos about the source that were deleted.
    public func deleteSource(id: String) throws -> [Memo] {
        let memos = try self.memos(about: .source(id: id))
        try db.execute(sql: "DELETE FROM memos WHERE target_kind = 'source' AND target_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM sources WHERE id = ?", arguments: [id])
        guard db.changesCount == 1 else { throw StoreError.notFound(kind: "source", id: id) }
        return memos
    }

    /// Gives a source a new id everywhere it is referred to: revisions, speakers, utterances,
    /// codings, memos and cases. The audit trail keeps the old id in past events.
    public func renameSource(id: String, to newID: String) throws {
        // The references are checked at commit, once every table names the new id.
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        try db.execute(sql: "UPDATE sources SET id = ? WHERE id = ?", arguments: [newID, id])
        guard db.changesCount == 1 else { throw StoreError.notFound(kind: "source", id: id) }
        for table in ["source_revisions", "speakers", "utterances", "codings", "case_sources"] {
            try db.execute(sql: "UPDATE \(table) SET source_id = ? WHERE source_id = ?", arguments: [newID, id])
        }
        try db.execute(sql: "UPDATE memos SET target_id = ? WHERE target_kind = 'source' AND target_id = ?", arguments: [newID, id])
    }

    /// Clears the re-anchoring flag of codings: these ids, or every flagged coding of a source, or
    /// every flagged coding. - Returns: how many flags were cleared.
    public func clearCodingFlags(ids: [UUID]? = nil, source: String? = nil) throws -> Int {
        if let ids {
            var count = 0
            for id in ids {
                try db.execute(sql: "UPDATE codings SET flag = NULL WHERE id = ? AND flag IS NOT NULL", arguments: [id.uuidString])
                count += db.changesCount
            }
            return count
        }
        if let source {
            try db.execute(sql: "UPDATE codings SET flag = NULL WHERE source_id = ? AND flag IS NOT NULL", arguments: [source])
        } else {
            try db.execute(sql: "UPDATE codings SET flag = NULL WHERE flag IS NOT NULL")
        }
        return db.changesCount
    }
}
