import Foundation
import ThematicModel
import ThematicParsers
import ThematicStore

extension Project {
    /// Reads transcript files and stores them as sources, all in one transaction with one event.
    ///
    /// A file whose bytes the project already holds is reported as a duplicate, not stored again.
    /// A file whose source id exists with other content becomes that source's next revision
    /// and its codings are re-anchored onto it (see ``ReAnchorReport``). Files are read one at
    /// a time and stored at once, so memory does not grow with the size of the batch.
    /// - Parameters:
    ///   - paths: the files, as the user named them.
    ///   - options: parser choices, and whether to keep going past bad files.
    ///   - progress: called after each file.
    /// - Throws: ``ThematicError/ingestFailed(failures:total:)`` when a file cannot be read and
    ///   `keepGoing` is off; nothing is ingested then.
    public func ingest(_ paths: [String], options: IngestOptions = IngestOptions(),
                       progress: ((IngestProgress) -> Void)? = nil) throws(ThematicError) -> IngestReport {
        guard !paths.isEmpty else { throw .invalidRequest("no files to ingest") }
        if options.parser.sourceID != nil, paths.count > 1 {
            throw .invalidRequest("--id names one source; give one file with it")
        }
        let reader = TranscriptReader()
        return try change("ingest") { session in
            var report = IngestReport()
            var idsInBatch: [String: String] = [:]
            for (number, path) in paths.enumerated() {
                defer { progress?(IngestProgress(completed: number + 1, total: paths.count, file: path)) }
                do {
                    let result = try reader.read(contentsOf: path, options: options.parser)
                    if options.strict, let warning = result.warnings.first { throw ParseError.strict(warning) }
                    let transcript = result.transcript
                    if !options.force, let refusal = DialogueShape.refusal(for: transcript, path: path) { throw refusal }
                    if let existing = try session.revision(withSHA256: transcript.origin.sha256) {
                        report.duplicates.append(.init(file: path, sourceID: existing.sourceID, revision: existing.revision))
                        continue
                    }
                    if let other = idsInBatch[transcript.id] {
                        throw IngestFailure(file: path, message: "\(path): error: source id '\(transcript.id)' is also given by \(other) in this batch; rename one file or set 'id:' in its header")
                    }
                    let previous = try session.currentRevision(ofSource: transcript.id)
                    let previousTranscript = try previous.flatMap { try session.transcript(id: transcript.id, revision: $0) }
                    let words = transcript.wordCount()
                    let revision = try session.insertSource(transcript, actor: actor, wordCount: words)
                    idsInBatch[transcript.id] = path
                    var ingested = IngestReport.Ingested(
                        file: path, sourceID: transcript.id, revision: revision, format: transcript.origin.format,
                        utterances: transcript.utterances.count, words: words,
                        warnings: result.warnings)
                    if let previous, let previousTranscript {
                        try Project.carrySpeakers(session, from: previousTranscript, to: transcript, revision: revision,
                                                  explicitRoles: !options.parser.roles.isEmpty)
                        ingested.reanchoring = try Project.reAnchor(session, sourceID: transcript.id, from: previousTranscript,
                                                                    fromRevision: previous, to: transcript, toRevision: revision)
                    }
                    report.ingested.append(ingested)
                } catch let error as ParseError {
                    report.failures.append(IngestFailure(error))
                } catch let error as IngestFailure {
                    report.failures.append(error)
                }
            }
            if !report.failures.isEmpty, !options.keepGoing {
                throw ThematicError.ingestFailed(failures: report.failures, total: paths.count)
            }
            guard !report.ingested.isEmpty else { return (report, nil) }
            let payload = IngestEventPayload(
                sources: report.ingested.map { .init(id: $0.sourceID, revision: $0.revision, file: $0.file) },
                failed: report.failures.map(\.file), reanchored: report.ingested.compactMap(\.reanchoring))
            let names = report.ingested.map { $0.revision > 1 ? "\($0.sourceID) (revision \($0.revision))" : $0.sourceID }
            let summary = "ingested \(names.count) source\(names.count == 1 ? "" : "s"): "
                + (names.count <= 8 ? names.joined(separator: ", ") : names.prefix(8).joined(separator: ", ") + ", …")
            return (report, EventDraft(summary: summary, payload: payload))
        }
    }
}

/// The audit-trail details of an ingest.
private struct IngestEventPayload: Encodable {
    struct Source: Encodable {
        var id: String
        var revision: Int
        var file: String
    }

    var sources: [Source]
    var failed: [String]
    var reanchored: [ReAnchorReport]
}

extension Project {
    /// A corrected revision keeps the roles and names its speakers had (set with `speakers set`
    /// or at the first ingest), unless this ingest gives `--roles`: a correction of the text must
    /// not silently change who is a participant.
    static func carrySpeakers(_ session: StoreSession, from old: Transcript, to new: Transcript, revision: Int,
                              explicitRoles: Bool) throws {
        let before = Dictionary(old.speakers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for speaker in new.speakers {
            guard let kept = before[speaker.id] else { continue }
            var carried = speaker
            carried.name = kept.name
            if !explicitRoles { carried.role = kept.role }
            if carried != speaker { try session.updateSpeaker(sourceID: new.id, revision: revision, carried) }
        }
    }
}
