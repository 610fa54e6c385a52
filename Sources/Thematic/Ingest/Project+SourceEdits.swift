import Foundation
import ThematicModel
import ThematicStore

/// What `sources remove` removed.
public struct SourceRemoval: Sendable, Hashable, Codable {
    public var sourceID: String
    /// How many revisions the source had.
    public var revisions: Int
    /// The codings that went with it (every revision), in text order.
    public var codings: [Coding]
    /// Memos about the source and its codings that went with it.
    public var memos: [Memo]
    /// Cases that listed the source (they stay, without it).
    public var cases: [String]
}

extension Project {
    /// Removes a source ingested by mistake: every revision, its codings and memos, and its place
    /// in cases, as one recorded change. The event keeps the removed codings and memos.
    /// - Parameter force: needed when the source has codings or memos; without it the error says
    ///   how many codings of which codes would go.
    public func removeSource(_ id: String, force: Bool = false) throws(ThematicError) -> SourceRemoval {
        try change("sources remove") { session in
            let revisions = try session.revisions(ofSource: id)
            guard !revisions.isEmpty else { throw ThematicError.notFound(kind: "source", id: id) }
            let ids = try session.codingIDs(ofSource: id)
            let codings = try revisions.flatMap { try session.codings(ofSource: id, revision: $0.revision) }
            let sourceMemos = try session.memos(about: .source(id: id))
            if !force, !codings.isEmpty || !sourceMemos.isEmpty {
                let byCode = Dictionary(grouping: codings, by: \.codeID).map { "\($0.key) \($0.value.count)" }.sorted()
                let memoNote = sourceMemos.isEmpty ? "" : " and \(sourceMemos.count) memo\(sourceMemos.count == 1 ? "" : "s")"
                throw ThematicError.invalidRequest(
                    "source '\(id)' has \(codings.count) coding\(codings.count == 1 ? "" : "s")\(memoNote)"
                    + (byCode.isEmpty ? "" : " (\(byCode.joined(separator: ", ")))")
                    + "; add --force to remove them with it (they are kept in the audit trail's event)")
            }
            let cases = try session.cases().filter { $0.sourceIDs.contains(id) }.map(\.id)
            let (_, codingMemos) = try session.removeCodings(ids: ids)
            let memos = try session.deleteSource(id: id) + codingMemos
            let removal = SourceRemoval(sourceID: id, revisions: revisions.count, codings: codings, memos: memos, cases: cases)
            return (removal, EventDraft(summary: "removed source \(id) (\(revisions.count) revision\(revisions.count == 1 ? "" : "s"), "
                                        + "\(codings.count) codings, \(memos.count) memos)", payload: removal))
        }
    }

    /// Gives a source a new id; its revisions, codings, memos and cases follow.
    /// - Throws: ``ThematicError/invalidRequest(_:)`` when the new id is taken or cannot be typed
    ///   in a segment reference (`P01:12`, `P01@5-9`).
    public func renameSource(_ id: String, to newID: String) throws(ThematicError) -> String {
        guard !newID.isEmpty, newID.unicodeScalars.allSatisfy({ !$0.properties.isWhitespace && !":@,;".unicodeScalars.contains($0) }) else {
            throw .invalidRequest("'\(newID)' cannot be a source id: use letters, digits, '-', '_' or '.', without spaces, ':', '@', ',' or ';'")
        }
        return try change("sources rename") { session in
            guard try session.sourceExists(id) else { throw ThematicError.notFound(kind: "source", id: id) }
            guard id != newID else { return (newID, nil) }
            guard try !session.sourceExists(newID) else {
                throw ThematicError.invalidRequest("there is already a source '\(newID)'")
            }
            try session.renameSource(id: id, to: newID)
            return (newID, EventDraft(summary: "renamed source \(id) to \(newID)", payload: ["from": id, "to": newID]))
        }
    }

    /// Codings flagged by re-anchoring (their text was edited in a corrected revision), on the
    /// current revisions; of one source when given.
    public func flaggedCodings(source: String? = nil) throws(ThematicError) -> [RevisionHistory.Entry] {
        let ids: [String]
        if let source { ids = [source] } else { ids = try sources().map(\.id) }
        var entries: [RevisionHistory.Entry] = []
        for id in ids { entries += try history(of: id).flagged }
        return entries
    }

    /// Clears re-anchoring flags once a researcher has reviewed the codings: these codings, or
    /// every flagged coding of a source, or all. - Returns: how many flags were cleared.
    public func clearFlags(codings ids: [UUID]? = nil, source: String? = nil) throws(ThematicError) -> Int {
        try change("flags clear") { session in
            if let source, try !session.sourceExists(source) { throw ThematicError.notFound(kind: "source", id: source) }
            if let ids {
                for id in ids where try !session.codingExists(id) { throw ThematicError.notFound(kind: "coding", id: id.uuidString) }
            }
            let cleared = try session.clearCodingFlags(ids: ids, source: source)
            guard cleared > 0 else { return (0, nil) }
            let what = ids.map { $0.map(\.uuidString).joined(separator: ", ") } ?? source ?? "all sources"
            return (cleared, EventDraft(summary: "cleared \(cleared) re-anchoring flag\(cleared == 1 ? "" : "s") (\(what))",
                                        payload: ["cleared": String(cleared), "codings": ids?.map(\.uuidString).joined(separator: ",") ?? "",
                                                  "source": source ?? ""]))
        }
    }
}
