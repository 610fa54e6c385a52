import Foundation
import ThematicCoding
import ThematicModel
import ThematicStore

extension Project {
    /// Codes a segment with one or more codes, as the project's actor (the coder).
    ///
    /// Coding the same segment with the same code twice stores it once.
    /// - Parameters:
    ///   - reference: `P01:12`, `P01:12-15` or `P01@1200-1350`.
    ///   - codes: code ids, or unambiguous ends of ids (`trust` for `alliance/bond/trust`).
    ///   - memo: a note on the coding.
    /// - Throws: ``ThematicError/coding(_:)`` for a bad reference, an unknown or grouping code.
    public func code(_ reference: String, with codes: [String], memo: String? = nil) throws(ThematicError) -> CodingResult {
        let parsed = try Project.parse(reference)
        return try change("code") { session in
            let (transcript, revision, span) = try Project.locate(parsed, session)
            let ids = try Project.codableIDs(codes, in: try session.codebook())
            var stored = 0
            for id in ids {
                let coding = Coding(sourceID: transcript.id, revision: revision, span: span, codeID: id, coderID: actor, memo: memo)
                if try session.insertCoding(coding) { stored += 1 }
            }
            var result = CodingResult(sourceID: transcript.id, revision: revision, span: span, codeIDs: ids, coderID: actor,
                                      changed: stored, text: String(TextIndex(transcript.text).slice(span)))
            result.codingIDs = try session.codings(ofSource: transcript.id, revision: revision)
                .filter { $0.span == span && $0.coderID == actor && ids.contains($0.codeID) }.map(\.id)
            guard stored > 0 else { return (result, nil) }
            return (result, EventDraft(summary: "coded \(parsed) with \(ids.joined(separator: ", "))",
                                       payload: CodingEventPayload(reference: parsed.description, result: result)))
        }
    }

    /// Removes the actor's codings of a segment: with the given codes, or every code when none is given.
    ///
    /// Only codings of exactly that span are removed.
    public func uncode(_ reference: String, codes: [String] = []) throws(ThematicError) -> CodingResult {
        let parsed = try Project.parse(reference)
        return try change("uncode") { session in
            let (transcript, revision, span) = try Project.locate(parsed, session)
            let codebook = try session.codebook()
            let ids = try codes.map { name throws(CodingError) in try CodeQuery.resolve(name, in: codebook) }
            let doomed = try session.codings(ofSource: transcript.id, revision: revision)
                .filter { $0.span == span && $0.coderID == actor && (ids.isEmpty || ids.contains($0.codeID)) }
            let removed = try session.deleteCodings(ids: doomed.map(\.id))
            var result = CodingResult(sourceID: transcript.id, revision: revision, span: span,
                                      codeIDs: doomed.map(\.codeID), coderID: actor, changed: removed,
                                      text: String(TextIndex(transcript.text).slice(span)))
            result.codingIDs = doomed.map(\.id)
            guard removed > 0 else { return (result, nil) }
            return (result, EventDraft(summary: "uncoded \(parsed): \(result.codeIDs.joined(separator: ", "))",
                                       payload: CodingEventPayload(reference: parsed.description, result: result)))
        }
    }

    /// Removes every coding of a coder (e.g. `auto:trust-words`) on the current revisions, as a batch.
    /// - Parameter sources: only these sources (`nil`: all).
    /// - Returns: how many codings were removed.
    public func uncodeAll(coder: String, sources: [String]? = nil) throws(ThematicError) -> Int {
        try change("uncode") { session in
            let removed = try session.deleteCodings(byCoder: coder, sources: sources)
            guard removed > 0 else { return (0, nil) }
            return (removed, EventDraft(summary: "removed \(removed) codings by \(coder)",
                                        payload: ["coder": coder, "removed": String(removed),
                                                  "sources": sources?.joined(separator: ",") ?? "all"]))
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

private struct CodingEventPayload: Encodable {
    var reference: String
    var result: CodingResult
}
