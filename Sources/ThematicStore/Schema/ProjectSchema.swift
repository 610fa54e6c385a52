import GRDB

/// The project file's schema: migrations registered in order and never edited once shipped.
enum ProjectSchema {
    /// `THMT`, stamped into the SQLite header so a Thematic project is known before any table is read.
    static let applicationID: Int32 = 1_414_024_532

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-project", migrate: createVersion1)
        migrator.registerMigration("v2-coding", migrate: addCodingFlags)
        migrator.registerMigration("v3-workflow", migrate: allowSourceRenames)
        migrator.registerMigration("v4-audit", migrate: addAudit)
        migrator.registerMigration("v5-exchange", migrate: addExchangeGUIDs)
        return migrator
    }

    private static func createVersion1(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: """
            CREATE TABLE project (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE sources (
                id TEXT PRIMARY KEY NOT NULL,
                title TEXT NOT NULL,
                current_revision INTEGER NOT NULL CHECK (current_revision >= 1),
                created_at TEXT NOT NULL
            );

            CREATE TABLE source_revisions (
                source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                revision INTEGER NOT NULL CHECK (revision >= 1),
                format TEXT NOT NULL,
                file_name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                text TEXT NOT NULL,
                metadata TEXT NOT NULL CHECK (json_valid(metadata)),
                annotations TEXT NOT NULL CHECK (json_valid(annotations)),
                word_count INTEGER NOT NULL,
                duration_ms INTEGER,
                ingested_at TEXT NOT NULL,
                ingested_by TEXT NOT NULL,
                PRIMARY KEY (source_id, revision)
            );
            CREATE INDEX source_revisions_by_sha256 ON source_revisions(sha256);
            -- Sources are immutable once ingested: a correction is a new revision.
            CREATE TRIGGER source_revisions_immutable BEFORE UPDATE ON source_revisions
            BEGIN SELECT RAISE(ABORT, 'an ingested source revision cannot be changed; ingest a new revision'); END;

            CREATE TABLE speakers (
                source_id TEXT NOT NULL,
                revision INTEGER NOT NULL,
                id TEXT NOT NULL,
                name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('interviewer', 'participant', 'interpreter', 'other')),
                position INTEGER NOT NULL,
                PRIMARY KEY (source_id, revision, id),
                FOREIGN KEY (source_id, revision) REFERENCES source_revisions(source_id, revision) ON DELETE CASCADE
            );

            CREATE TABLE utterances (
                source_id TEXT NOT NULL,
                revision INTEGER NOT NULL,
                ordinal INTEGER NOT NULL CHECK (ordinal >= 1),
                speaker_id TEXT NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                label_start INTEGER NOT NULL,
                label_end INTEGER NOT NULL,
                start_ms INTEGER,
                end_ms INTEGER,
                line INTEGER NOT NULL,
                "column" INTEGER NOT NULL,
                PRIMARY KEY (source_id, revision, ordinal),
                FOREIGN KEY (source_id, revision, speaker_id) REFERENCES speakers(source_id, revision, id) ON DELETE CASCADE,
                CHECK (0 <= start_offset AND start_offset <= end_offset AND label_start <= label_end)
            ) WITHOUT ROWID;

            CREATE TABLE codes (
                id TEXT PRIMARY KEY NOT NULL,
                guid TEXT NOT NULL UNIQUE,
                parent_id TEXT REFERENCES codes(id) ON UPDATE CASCADE,
                name TEXT NOT NULL,
                definition TEXT NOT NULL DEFAULT '',
                inclusion TEXT NOT NULL DEFAULT '',
                exclusion TEXT NOT NULL DEFAULT '',
                typical_example TEXT NOT NULL DEFAULT '',
                atypical_example TEXT NOT NULL DEFAULT '',
                colour TEXT,
                memo TEXT NOT NULL DEFAULT '',
                codable INTEGER NOT NULL DEFAULT 1,
                position INTEGER NOT NULL
            );

            CREATE TABLE themes (
                id TEXT PRIMARY KEY NOT NULL,
                guid TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                definition TEXT NOT NULL DEFAULT '',
                position INTEGER NOT NULL
            );

            CREATE TABLE theme_codes (
                theme_id TEXT NOT NULL REFERENCES themes(id) ON DELETE CASCADE ON UPDATE CASCADE,
                code_id TEXT NOT NULL REFERENCES codes(id) ON DELETE CASCADE ON UPDATE CASCADE,
                position INTEGER NOT NULL,
                PRIMARY KEY (theme_id, code_id)
            ) WITHOUT ROWID;

            CREATE TABLE coders (
                id TEXT PRIMARY KEY NOT NULL,
                display_name TEXT NOT NULL
            );

            CREATE TABLE codings (
                id TEXT PRIMARY KEY NOT NULL,
                source_id TEXT NOT NULL,
                revision INTEGER NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                code_id TEXT NOT NULL REFERENCES codes(id) ON UPDATE CASCADE,
                coder_id TEXT NOT NULL REFERENCES coders(id),
                memo TEXT,
                created_at TEXT NOT NULL,
                FOREIGN KEY (source_id, revision) REFERENCES source_revisions(source_id, revision),
                UNIQUE (source_id, revision, start_offset, end_offset, code_id, coder_id),
                CHECK (0 <= start_offset AND start_offset < end_offset)
            );
            CREATE INDEX codings_by_code ON codings(code_id);

            CREATE TABLE memos (
                id TEXT PRIMARY KEY NOT NULL,
                target_kind TEXT NOT NULL CHECK (target_kind IN ('project', 'source', 'code', 'coding')),
                target_id TEXT,
                author TEXT NOT NULL,
                text TEXT NOT NULL,
                created_at TEXT NOT NULL
            );

            CREATE TABLE cases (
                id TEXT PRIMARY KEY NOT NULL,
                position INTEGER NOT NULL
            );

            CREATE TABLE case_sources (
                case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                PRIMARY KEY (case_id, source_id)
            ) WITHOUT ROWID;

            CREATE TABLE attributes (
                case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'boolean')),
                value TEXT NOT NULL,
                PRIMARY KEY (case_id, name)
            ) WITHOUT ROWID;

            CREATE TABLE events (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                phase INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 6),
                command TEXT NOT NULL,
                summary TEXT NOT NULL,
                payload TEXT NOT NULL CHECK (json_valid(payload))
            );
            -- The audit trail is append-only.
            CREATE TRIGGER events_no_update BEFORE UPDATE ON events
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE TRIGGER events_no_delete BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            """)
    }

    /// Re-anchoring flags a coding whose text was edited in a corrected revision; queries by
    /// source and revision need an index; case attributes keep the column order of the cases file.
    private static func addCodingFlags(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE codings ADD COLUMN flag TEXT;
            CREATE INDEX codings_by_source ON codings(source_id, revision);
            CREATE INDEX memos_by_target ON memos(target_kind, target_id);
            ALTER TABLE attributes ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
            """)
    }

    /// A source ingested under the wrong id can be renamed: a revision's content stays immutable,
    /// but its `source_id` may now follow the source's new id (the trigger names every other column).
    private static func allowSourceRenames(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER source_revisions_immutable;
            CREATE TRIGGER source_revisions_immutable
            BEFORE UPDATE OF revision, format, file_name, sha256, text, metadata, annotations, word_count, duration_ms,
                             ingested_at, ingested_by ON source_revisions
            BEGIN SELECT RAISE(ABORT, 'an ingested source revision cannot be changed; ingest a new revision'); END;
            """)
    }

    /// Themes get a status, a scope note and a parent (subthemes) and exemplar quotes; framework
    /// snapshots are immutable rows, like source revisions. Audit thresholds and the project's
    /// approach are settings in `project` (keys `audit.*`, `approach`), which need no table.
    private static func addAudit(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE themes ADD COLUMN scope_note TEXT NOT NULL DEFAULT '';
            ALTER TABLE themes ADD COLUMN status TEXT NOT NULL DEFAULT 'candidate'
                CHECK (status IN ('candidate', 'reviewed', 'defined'));
            ALTER TABLE themes ADD COLUMN parent_id TEXT REFERENCES themes(id) ON UPDATE CASCADE;

            CREATE TABLE theme_exemplars (
                theme_id TEXT NOT NULL REFERENCES themes(id) ON DELETE CASCADE ON UPDATE CASCADE,
                position INTEGER NOT NULL,
                source_id TEXT NOT NULL,
                revision INTEGER NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                coding_id TEXT,
                quote TEXT NOT NULL,
                PRIMARY KEY (theme_id, position),
                CHECK (0 <= start_offset AND start_offset < end_offset)
            ) WITHOUT ROWID;

            CREATE TABLE snapshots (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                name TEXT NOT NULL UNIQUE,
                taken_at TEXT NOT NULL,
                actor TEXT NOT NULL,
                phase INTEGER NOT NULL CHECK (phase BETWEEN 1 AND 6),
                reason TEXT NOT NULL,
                content TEXT NOT NULL CHECK (json_valid(content))
            );
            CREATE TRIGGER snapshots_no_update BEFORE UPDATE ON snapshots
            BEGIN SELECT RAISE(ABORT, 'a snapshot cannot be changed; take a new one'); END;
            CREATE TRIGGER snapshots_no_delete BEFORE DELETE ON snapshots
            BEGIN SELECT RAISE(ABORT, 'a snapshot cannot be deleted'); END;
            """)
    }

    /// REFI-QDA identities: a source, coder or case imported from another program keeps the guid
    /// it had there, so importing the same project again merges instead of duplicating. Rows
    /// without one get a guid derived from their id when exported.
    private static func addExchangeGUIDs(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE sources ADD COLUMN guid TEXT;
            CREATE UNIQUE INDEX sources_by_guid ON sources(guid) WHERE guid IS NOT NULL;
            ALTER TABLE coders ADD COLUMN guid TEXT;
            CREATE UNIQUE INDEX coders_by_guid ON coders(guid) WHERE guid IS NOT NULL;
            ALTER TABLE cases ADD COLUMN guid TEXT;
            CREATE UNIQUE INDEX cases_by_guid ON cases(guid) WHERE guid IS NOT NULL;
            """)
    }
}
