import Foundation
import GRDB
import ThematicModel

/// The REFI-QDA identities of sources, coders and cases (migration `v5-exchange`).
extension StoreSession {
    /// The table that holds each kind of identity.
    public enum ExchangeKind: String, Sendable {
        case source = "sources"
        case coder = "coders"
        case studyCase = "cases"
    }

    /// The stored guids of one kind, by id (rows without one are left out).
    public func exchangeGUIDs(_ kind: ExchangeKind) throws -> [String: UUID] {
        var result: [String: UUID] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, guid FROM \(kind.rawValue) WHERE guid IS NOT NULL") {
            result[row["id"]] = try StoreDate.uuid(row["guid"], table: kind.rawValue, column: "guid")
        }
        return result
    }

    /// Records the guid a source, coder or case has in another program.
    public func setExchangeGUID(_ guid: UUID, of kind: ExchangeKind, id: String) throws {
        try db.execute(sql: "UPDATE \(kind.rawValue) SET guid = ? WHERE id = ?", arguments: [guid.uuidString, id])
    }

    /// Every coder with display name, in id order.
    public func coders() throws -> [Coder] {
        try Row.fetchAll(db, sql: "SELECT id, display_name FROM coders ORDER BY id").map {
            Coder(id: $0["id"], displayName: $0["display_name"])
        }
    }

    /// Records a coder with a display name, if not yet known.
    public func ensureCoder(_ id: String, displayName: String) throws {
        try db.execute(sql: "INSERT INTO coders (id, display_name) VALUES (?, ?) ON CONFLICT(id) DO NOTHING",
                       arguments: [id, displayName])
    }

    /// Every revision's coding count that is not the current one (codings left behind by re-anchoring).
    public func codingsOnEarlierRevisions() throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM codings c JOIN sources s ON s.id = c.source_id WHERE c.revision <> s.current_revision
            """) ?? 0
    }
}

extension StoreSession {
    /// Each code's own codings on current revisions, and the sources they are in.
    public func codeUsage() throws -> [String: (codings: Int, sources: Int)] {
        var result: [String: (codings: Int, sources: Int)] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT c.code_id, COUNT(*) AS codings, COUNT(DISTINCT c.source_id) AS sources
            FROM codings c JOIN sources s ON s.id = c.source_id AND s.current_revision = c.revision
            GROUP BY c.code_id
            """) {
            result[row["code_id"]] = (row["codings"], row["sources"])
        }
        return result
    }
}
