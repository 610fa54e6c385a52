import Foundation
import GRDB
import ThematicModel

extension StoreSession {
    /// The source and revision already holding a file with this SHA-256, if any.
    public func revision(withSHA256 sha256: String) throws -> (sourceID: String, revision: Int)? {
        try Row.fetchOne(db, sql: "SELECT source_id, revision FROM source_revisions WHERE sha256 = ? LIMIT 1",
                         arguments: [sha256]).map { ($0["source_id"], $0["revision"]) }
    }

    /// The current revision of a source, or `nil` when there is no such source.
    public func currentRevision(ofSource id: String) throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT current_revision FROM sources WHERE id = ?", arguments: [id])
    }

    /// Stores a transcript as a new source (revision 1) or as the next revision of an existing one.
    /// - Parameters:
    ///   - transcript: the parsed transcript; its ``Transcript/id`` is the source id.
    ///   - actor: who ingests it.
    ///   - wordCount: the transcript's word count, if the caller has it already.
    /// - Returns: the revision stored.
    @discardableResult
    public func insertSource(_ transcript: Transcript, actor: String, wordCount: Int? = nil) throws -> Int {
        let now = StoreDate.string(Date())
        let revision: Int
        if let current = try currentRevision(ofSource: transcript.id) {
            revision = current + 1
            try db.execute(sql: "UPDATE sources SET current_revision = ?, title = ? WHERE id = ?",
                           arguments: [revision, transcript.title, transcript.id])
        } else {
            revision = 1
            try db.execute(sql: "INSERT INTO sources (id, title, current_revision, created_at) VALUES (?, ?, 1, ?)",
                           arguments: [transcript.id, transcript.title, now])
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let metadata = String(decoding: try encoder.encode(transcript.metadata), as: UTF8.self)
        let annotations = String(decoding: try encoder.encode(transcript.annotations), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO source_revisions (source_id, revision, format, file_name, sha256, text, metadata, annotations,
                                          word_count, duration_ms, ingested_at, ingested_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [transcript.id, revision, transcript.origin.format.rawValue, transcript.origin.fileName,
                             transcript.origin.sha256, transcript.text, metadata, annotations,
                             wordCount ?? transcript.wordCount(), transcript.duration?.milliseconds, now, actor])
        let speakerStatement = try db.cachedStatement(sql: """
            INSERT INTO speakers (source_id, revision, id, name, role, position) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (position, speaker) in transcript.speakers.enumerated() {
            try speakerStatement.execute(arguments: [transcript.id, revision, speaker.id, speaker.name,
                                                     speaker.role.rawValue, position])
        }
        let utteranceStatement = try db.cachedStatement(sql: """
            INSERT INTO utterances (source_id, revision, ordinal, speaker_id, start_offset, end_offset,
                                    label_start, label_end, start_ms, end_ms, line, "column")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (offset, utterance) in transcript.utterances.enumerated() {
            try utteranceStatement.execute(arguments: [
                transcript.id, revision, offset + 1, utterance.speakerID, utterance.span.start, utterance.span.end,
                utterance.labelSpan.start, utterance.labelSpan.end, utterance.start?.milliseconds,
                utterance.end?.milliseconds, utterance.location.line, utterance.location.column,
            ])
        }
        return revision
    }

    /// Every source's current revision, summarised, in id order.
    public func sourceSummaries() throws -> [SourceSummary] {
        let speakersBySource = Dictionary(grouping: try Row.fetchAll(db, sql: """
            SELECT sp.source_id, sp.name FROM speakers sp
            JOIN sources s ON s.id = sp.source_id AND s.current_revision = sp.revision
            ORDER BY sp.source_id, sp.position
            """), by: { $0["source_id"] as String })
        return try Row.fetchAll(db, sql: """
            SELECT s.id, s.title, s.current_revision, r.format, r.file_name, r.sha256, r.word_count, r.duration_ms,
                   r.ingested_at,
                   (SELECT COUNT(*) FROM utterances u WHERE u.source_id = s.id AND u.revision = s.current_revision) AS utterances
            FROM sources s JOIN source_revisions r ON r.source_id = s.id AND r.revision = s.current_revision
            ORDER BY s.id
            """).map { row in
            let id: String = row["id"]
            return SourceSummary(
                id: id, title: row["title"], format: TranscriptFormat(rawValue: row["format"]) ?? .plainText,
                fileName: row["file_name"], sha256: row["sha256"], revision: row["current_revision"],
                speakers: (speakersBySource[id] ?? []).map { $0["name"] }, utteranceCount: row["utterances"],
                wordCount: row["word_count"], duration: (row["duration_ms"] as Int?).map(Timecode.init(milliseconds:)),
                ingestedAt: try StoreDate.date(row["ingested_at"], table: "source_revisions", column: "ingested_at"))
        }
    }

    /// A stored transcript, as it was ingested.
    /// - Parameters:
    ///   - id: the source id.
    ///   - revision: a revision; `nil` for the current one.
    /// - Returns: `nil` when there is no such source or revision.
    public func transcript(id: String, revision: Int? = nil) throws -> Transcript? {
        guard let revision = try revision ?? currentRevision(ofSource: id),
              let row = try Row.fetchOne(db, sql: """
                SELECT s.title, r.* FROM source_revisions r JOIN sources s ON s.id = r.source_id
                WHERE r.source_id = ? AND r.revision = ?
                """, arguments: [id, revision]) else { return nil }
        let speakers = try Row.fetchAll(db, sql: """
            SELECT id, name, role FROM speakers WHERE source_id = ? AND revision = ? ORDER BY position
            """, arguments: [id, revision]).map { row in
            Speaker(id: row["id"], name: row["name"], role: SpeakerRole(rawValue: row["role"]) ?? .other)
        }
        let fileName: String = row["file_name"]
        let utterances = try Row.fetchAll(db, sql: """
            SELECT * FROM utterances WHERE source_id = ? AND revision = ? ORDER BY ordinal
            """, arguments: [id, revision]).map { row in
            Utterance(speakerID: row["speaker_id"],
                      span: TextSpan(start: row["start_offset"], end: row["end_offset"]),
                      labelSpan: TextSpan(start: row["label_start"], end: row["label_end"]),
                      start: (row["start_ms"] as Int?).map(Timecode.init(milliseconds:)),
                      end: (row["end_ms"] as Int?).map(Timecode.init(milliseconds:)),
                      location: SourceLocation(file: fileName, line: row["line"], column: row["column"]))
        }
        let decoder = JSONDecoder()
        let metadata = try decoder.decode([String: String].self, from: Data((row["metadata"] as String).utf8))
        let annotations = try decoder.decode([Annotation].self, from: Data((row["annotations"] as String).utf8))
        return Transcript(
            id: id, title: row["title"], text: row["text"], speakers: speakers, utterances: utterances,
            annotations: annotations, metadata: metadata,
            origin: TranscriptOrigin(format: TranscriptFormat(rawValue: row["format"]) ?? .plainText,
                                     fileName: fileName, sha256: row["sha256"]))
    }

    /// Whether any coding points into any revision of a source.
    public func codingCount(ofSource id: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM codings WHERE source_id = ?", arguments: [id]) ?? 0
    }
}
