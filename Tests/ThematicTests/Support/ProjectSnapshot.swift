import Foundation
import GRDB

/// Every row of every table of a project file, as text: two snapshots are equal exactly when the
/// database contents are (the file bytes may differ: in WAL mode a change can sit in `-wal`).
struct ProjectSnapshot: Equatable {
    var tables: [String: [String]]

    init(_ path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        tables = try queue.read { db in
            var tables: [String: [String]] = [:]
            for name in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
                tables[name] = try Row.fetchAll(db, sql: "SELECT * FROM \"\(name)\"").map(\.description).sorted()
            }
            return tables
        }
    }

    /// Rows of one table.
    func count(_ table: String) -> Int { tables[table]?.count ?? 0 }

    /// `PRAGMA integrity_check` of a project file: `["ok"]` when sound.
    static func integrityCheck(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
    }

    /// Runs SQL on a project file directly (to damage it on purpose).
    static func execute(_ path: String, _ sql: String) throws {
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: sql) }
    }
}
