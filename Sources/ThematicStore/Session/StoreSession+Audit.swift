import Foundation
import GRDB
import ThematicModel

extension StoreSession {
    /// Walks every coding on the current revision of every source, in stored order (no sort: the
    /// audit does not need one), without building a ``Coding`` value per row (an audit reads
    /// hundreds of thousands).
    /// - Parameter body: the coding's id, source, span, code, coder, and whether re-anchoring flagged it.
    public func forEachCurrentCoding(
        _ body: (_ id: String, _ sourceID: String, _ span: TextSpan, _ codeID: String, _ coderID: String, _ flagged: Bool) throws -> Void
    ) throws {
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT c.id, c.source_id, c.start_offset, c.end_offset, c.code_id, c.coder_id, c.flag IS NOT NULL
            FROM codings c JOIN sources s ON s.id = c.source_id AND s.current_revision = c.revision
            """)
        while let row = try cursor.next() {
            try body(row[0], row[1], TextSpan(start: row[2], end: row[3]), row[4], row[5], row[6])
        }
    }

    /// Walks every utterance of every source's current revision, in source and text order.
    /// - Parameter body: the source, the utterance's content span, its speaker id and role.
    public func forEachCurrentUtterance(
        _ body: (_ sourceID: String, _ span: TextSpan, _ speakerID: String, _ role: SpeakerRole) throws -> Void
    ) throws {
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT u.source_id, u.start_offset, u.end_offset, u.speaker_id, sp.role
            FROM utterances u
            JOIN sources s ON s.id = u.source_id AND s.current_revision = u.revision
            JOIN speakers sp ON sp.source_id = u.source_id AND sp.revision = u.revision AND sp.id = u.speaker_id
            ORDER BY u.source_id, u.ordinal
            """)
        while let row = try cursor.next() {
            try body(row[0], TextSpan(start: row[1], end: row[2]), row[3], SpeakerRole(rawValue: row[4]) ?? .other)
        }
    }

    /// Each source's current metadata value for `key` (such as `interviewer`), where it has one.
    public func currentMetadata(_ key: String) throws -> [String: String] {
        var values: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT r.source_id, json_extract(r.metadata, '$.' || ?) AS value
            FROM source_revisions r JOIN sources s ON s.id = r.source_id AND s.current_revision = r.revision
            """, arguments: [key]) {
            if let value: String = row["value"], !value.isEmpty { values[row["source_id"]] = value }
        }
        return values
    }

    /// The id of the newest event, or 0 for none.
    public func lastEventID(commands: [String]? = nil, excluding: [String] = []) throws -> Int64 {
        var sql = "SELECT COALESCE(MAX(id), 0) FROM events WHERE 1"
        var arguments: StatementArguments = []
        if let commands {
            sql += " AND command IN (\(databaseQuestionMarks(count: commands.count)))"
            arguments += StatementArguments(commands)
        }
        if !excluding.isEmpty {
            sql += " AND command NOT IN (\(databaseQuestionMarks(count: excluding.count)))"
            arguments += StatementArguments(excluding)
        }
        return try Int64.fetchOne(db, sql: sql, arguments: arguments) ?? 0
    }

    /// Sets the study's phase (the events that follow are tagged with it).
    public func setPhase(_ phase: Phase) throws {
        try setSetting("phase", to: String(phase.rawValue))
    }

    /// The ids of the sources that have at least one memo.
    public func sourcesWithMemos() throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT DISTINCT target_id FROM memos WHERE target_kind = 'source' AND target_id IS NOT NULL"))
    }

    // MARK: Snapshots

    /// Stores a snapshot of the framework. Snapshots are immutable: a trigger refuses changes.
    /// - Parameter content: the snapshot as a JSON document.
    public func insertSnapshot(name: String, actor: String, reason: String, content: String) throws {
        try db.execute(sql: """
            INSERT INTO snapshots (name, taken_at, actor, phase, reason, content) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [name, StoreDate.string(Date()), actor, try phase().rawValue, reason, content])
    }

    /// Every snapshot's name, time, actor, phase and reason, oldest first.
    public func snapshotList() throws -> [(name: String, takenAt: Date, actor: String, phase: Phase, reason: String)] {
        try Row.fetchAll(db, sql: "SELECT name, taken_at, actor, phase, reason FROM snapshots ORDER BY id").map { row in
            guard let phase = Phase(rawValue: row["phase"]) else {
                throw StoreError.damaged(table: "snapshots", column: "phase", value: String(describing: row["phase"] as Int?))
            }
            return (row["name"], try StoreDate.date(row["taken_at"], table: "snapshots", column: "taken_at"), row["actor"], phase, row["reason"])
        }
    }

    /// A snapshot's JSON content, if there is one of that name.
    public func snapshotContent(name: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT content FROM snapshots WHERE name = ?", arguments: [name])
    }
}
