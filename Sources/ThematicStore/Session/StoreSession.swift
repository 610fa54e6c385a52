import Foundation
import GRDB
import ThematicModel

/// The project as seen inside one read or one change: typed operations over the tables.
///
/// A session lives only inside the closure given to ``ProjectStore/read(_:)`` or
/// ``ProjectStore/change(actor:command:_:)``; it must not escape it.
public final class StoreSession {
    let db: Database

    init(_ db: Database) { self.db = db }

    // MARK: Settings

    /// A project setting (`name`, `phase`, `created_at`), if set.
    public func setting(_ key: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM project WHERE key = ?", arguments: [key])
    }

    /// Sets a project setting.
    public func setSetting(_ key: String, to value: String) throws {
        try db.execute(sql: "INSERT INTO project (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       arguments: [key, value])
    }

    /// The phase the study is in.
    public func phase() throws -> Phase {
        try setting("phase").flatMap(Int.init).flatMap(Phase.init(rawValue:)) ?? .familiarising
    }

    // MARK: Events

    func appendEvent(actor: String, command: String, draft: EventDraft) throws {
        if let failure = draft.encodingFailure {
            throw StoreError.database(message: "the event of '\(command)' could not be recorded (its details do not encode as JSON: \(failure)); nothing was changed")
        }
        try db.execute(
            sql: "INSERT INTO events (at, actor, phase, command, summary, payload) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [StoreDate.string(Date()), actor, try phase().rawValue, command, draft.summary, draft.payload])
    }

    /// The audit trail, oldest first.
    /// - Parameters:
    ///   - after: only events after this id.
    ///   - limit: at most this many, the newest ones.
    public func events(after: Int64 = 0, limit: Int? = nil) throws -> [AuditEvent] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT * FROM (SELECT * FROM events WHERE id > ? ORDER BY id DESC LIMIT ?) ORDER BY id
            """, arguments: [after, limit ?? -1])
        return try rows.map { row in
            AuditEvent(id: row["id"], timestamp: try StoreDate.date(row["at"], table: "events", column: "at"), actor: row["actor"],
                       phase: Phase(rawValue: row["phase"]) ?? .familiarising, command: row["command"],
                       summary: row["summary"], payload: row["payload"])
        }
    }

    // MARK: Counts

    /// How much the project holds. Codings, coded sources and memos on codings count only the
    /// current revision of each source, as utterances and words do.
    public func counts() throws -> ProjectCounts {
        var counts = ProjectCounts()
        let row = try Row.fetchOne(db, sql: """
            SELECT
              (SELECT COUNT(*) FROM sources) AS sources,
              (SELECT COUNT(*) FROM utterances u JOIN sources s ON s.id = u.source_id AND s.current_revision = u.revision) AS utterances,
              (SELECT COALESCE(SUM(r.word_count), 0) FROM source_revisions r JOIN sources s ON s.id = r.source_id AND s.current_revision = r.revision) AS words,
              (SELECT COUNT(*) FROM codes) AS codes,
              (SELECT COUNT(*) FROM codes WHERE codable) AS codable_codes,
              (SELECT COUNT(*) FROM themes) AS themes,
              (SELECT COUNT(*) FROM codings c JOIN sources s ON s.id = c.source_id AND s.current_revision = c.revision) AS codings,
              (SELECT COUNT(DISTINCT c.source_id) FROM codings c JOIN sources s ON s.id = c.source_id AND s.current_revision = c.revision) AS coded_sources,
              (SELECT COUNT(*) FROM coders) AS coders,
              (SELECT COUNT(*) FROM memos)
                + (SELECT COUNT(*) FROM codings c JOIN sources s ON s.id = c.source_id AND s.current_revision = c.revision
                   WHERE c.memo IS NOT NULL AND c.memo <> '') AS memos,
              (SELECT COUNT(*) FROM cases) AS cases,
              (SELECT COUNT(*) FROM events) AS events
            """)!
        counts.sources = row["sources"]
        counts.utterances = row["utterances"]
        counts.words = row["words"]
        counts.codes = row["codes"]
        counts.codableCodes = row["codable_codes"]
        counts.themes = row["themes"]
        counts.codings = row["codings"]
        counts.codedSources = row["coded_sources"]
        counts.coders = row["coders"]
        counts.memos = row["memos"]
        counts.cases = row["cases"]
        counts.events = row["events"]
        return counts
    }
}
