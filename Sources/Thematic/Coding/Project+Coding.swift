import Foundation
import ThematicCoding
import ThematicModel
import ThematicStore

extension Project {
    /// Codes a segment with one or more codes.
    ///
    /// Coding the same segment with the same code twice stores it once. The event is recorded as
    /// the project's actor (the person); the coder is in the event's payload.
    /// - Parameters:
    ///   - reference: `P01:12`, `P01:12-15` or `P01@1200-1350`.
    ///   - codes: code ids, or unambiguous ends of ids (`trust` for `alliance/bond/trust`).
    ///   - memo: a note on the coding.
    ///   - coder: whose coding it is (default: the actor).
    /// - Throws: ``ThematicError/coding(_:)`` for a bad reference, an unknown or grouping code.
    public func code(_ reference: String, with codes: [String], memo: String? = nil,
                     coder: String? = nil) throws(ThematicError) -> CodingResult {
        let parsed = try Project.parse(reference)
        let coder = coder ?? actor
        return try change("code") { session in
            let (transcript, revision, span) = try Project.locate(parsed, session)
            let ids = try Project.codableIDs(codes, in: try session.codebook())
            var stored = 0
            for id in ids {
                let coding = Coding(sourceID: transcript.id, revision: revision, span: span, codeID: id, coderID: coder, memo: memo)
                if try session.insertCoding(coding) { stored += 1 }
            }
            var result = CodingResult(sourceID: transcript.id, revision: revision, span: span, codeIDs: ids, coderID: coder,
                                      changed: stored, text: String(TextIndex(transcript.text).slice(span)))
            result.codingIDs = try session.codings(ofSource: transcript.id, revision: revision)
                .filter { $0.span == span && $0.coderID == coder && ids.contains($0.codeID) }.map(\.id)
            guard stored > 0 else { return (result, nil) }
            return (result, EventDraft(summary: "coded \(parsed) with \(ids.joined(separator: ", "))\(Project.onBehalf(of: coder, by: actor))",
                                       payload: CodingEventPayload(reference: parsed.description, result: result)))
        }
    }

    /// Removes a coder's codings of a segment: with the given codes, or every code when none is given.
    ///
    /// Only codings of exactly that span are removed. The event is recorded as the project's actor;
    /// the coder whose codings went is in its payload.
    /// - Parameter coder: whose codings (default: the actor).
    public func uncode(_ reference: String, codes: [String] = [], coder: String? = nil) throws(ThematicError) -> CodingResult {
        let parsed = try Project.parse(reference)
        let coder = coder ?? actor
        return try change("uncode") { session in
            let (transcript, revision, span) = try Project.locate(parsed, session)
            let codebook = try session.codebook()
            let ids = try codes.map { name throws(CodingError) in try CodeQuery.resolve(name, in: codebook) }
            let doomed = try session.codings(ofSource: transcript.id, revision: revision)
                .filter { $0.span == span && $0.coderID == coder && (ids.isEmpty || ids.contains($0.codeID)) }
            let (removed, memos) = try session.removeCodings(ids: doomed.map(\.id))
            var result = CodingResult(sourceID: transcript.id, revision: revision, span: span,
                                      codeIDs: doomed.map(\.codeID), coderID: coder, changed: removed,
                                      text: String(TextIndex(transcript.text).slice(span)))
            result.codingIDs = doomed.map(\.id)
            result.removedMemos = memos
            guard removed > 0 else { return (result, nil) }
            return (result, EventDraft(summary: "uncoded \(parsed): \(result.codeIDs.joined(separator: ", "))\(Project.onBehalf(of: coder, by: actor))",
                                       payload: CodingEventPayload(reference: parsed.description, result: result)))
        }
    }

    /// Removes every coding of a coder (e.g. `auto:trust-words`) on the current revisions, as a batch.
    ///
    /// The event is recorded as the project's actor (who removed them); the coder is in its payload.
    /// - Parameter sources: only these sources (`nil`: all).
    /// - Returns: how many codings were removed, and the memos that went with them (also kept in the event).
    public func uncodeAll(coder: String, sources: [String]? = nil) throws(ThematicError) -> RemovedCodings {
        try change("uncode") { session in
            let (count, memos) = try session.removeCodings(ids: try session.codingIDs(byCoder: coder, sources: sources))
            let removed = RemovedCodings(coderID: coder, count: count, memos: memos)
            guard count > 0 else { return (removed, nil) }
            let withMemos = memos.isEmpty ? "" : " and \(memos.count) memo\(memos.count == 1 ? "" : "s") on them"
            return (removed, EventDraft(summary: "removed \(count) codings by \(coder)\(withMemos)",
                                        payload: UncodeAllPayload(removed: removed, sources: sources)))
        }
    }

    /// The codings on the current revision of a source (every source when `nil`).
    public func codings(source: String? = nil) throws(ThematicError) -> [Coding] {
        try read { session in
            if let source { return try session.codings(ofSource: source) }
            return try session.currentCodings()
        }
    }

    // MARK: - Shared helpers

    /// The end of an event summary that names the coder when it is not the person acting.
    static func onBehalf(of coder: String, by actor: String) -> String {
        coder == actor ? "" : " (codings of \(coder))"
    }

    static func parse(_ reference: String) throws(ThematicError) -> CodingReference {
        do {
            return try CodingReference(parsing: reference)
        } catch {
            throw .coding(error)
        }
    }

    /// The transcript, revision and span a reference means.
    static func locate(_ reference: CodingReference, _ session: StoreSession) throws -> (Transcript, Int, TextSpan) {
        guard let revision = try session.currentRevision(ofSource: reference.sourceID),
              let transcript = try session.transcript(id: reference.sourceID, revision: revision) else {
            throw ThematicError.notFound(kind: "source", id: reference.sourceID)
        }
        return (transcript, revision, try reference.span(in: transcript))
    }

    /// Full ids of codable codes for names a researcher typed.
    static func codableIDs(_ names: [String], in codebook: Codebook) throws(CodingError) -> [String] {
        guard !names.isEmpty else { throw .unknownCode("") }
        var ids: [String] = []
        for name in names {
            let id = try CodeQuery.resolve(name, in: codebook)
            guard codebook.code(id: id)?.isCodable == true else { throw .notCodable(id) }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }
}

private struct UncodeAllPayload: Encodable {
    var removed: RemovedCodings
    var sources: [String]?
}

private struct CodingEventPayload: Encodable {
    var reference: String
    var result: CodingResult
}
