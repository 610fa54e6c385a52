import Foundation
import GRDB
import ThematicModel

/// The project file: one SQLite database holding a study's sources, codebook, codings, cases,
/// memos and its audit trail.
///
/// Every change runs through ``change(actor:command:_:)``: one transaction that also appends
/// the event recording it, so the file either holds the change and its event or neither.
public final class ProjectStore: Sendable {
    /// The file as the user named it.
    public let path: String
    private let queue: DatabaseQueue

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// Creates a new, empty project file.
    /// - Parameters:
    ///   - path: where to create it; nothing may exist there yet.
    ///   - name: the study's name.
    ///   - actor: who creates it (recorded as the first event).
    /// - Throws: ``StoreError/projectExists(path:)`` or a database failure.
    public static func create(at path: String, name: String, actor: String) throws(StoreError) -> ProjectStore {
        guard !FileManager.default.fileExists(atPath: path) else { throw .projectExists(path: path) }
        let folder = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw .database(message: "cannot create \(path): the folder \(folder) does not exist")
        }
        do {
            var configuration = ProjectStore.configuration()
            configuration.journalMode = .wal
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let store = ProjectStore(path: path, queue: queue)
            try ProjectSchema.migrator.migrate(queue)
            try store.change(actor: actor, command: "init") { session in
                try session.setSetting("name", to: name)
                try session.setSetting("created_at", to: StoreDate.string(Date()))
                try session.setSetting("phase", to: String(Phase.familiarising.rawValue))
                return ((), EventDraft(summary: "created project '\(name)'", payload: ["name": name]))
            }
            return store
        } catch let error as StoreError {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw StoreError(error)
        }
    }

    /// Opens an existing project file, upgrading an older schema in place.
    /// - Throws: ``StoreError/projectNotFound(path:)``, ``StoreError/notAProject(path:reason:)``
    ///   for any other file, ``StoreError/newerSchema(path:unknownMigrations:)`` for a file from a newer Thematic.
    public static func open(at path: String) throws(StoreError) -> ProjectStore {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .projectNotFound(path: path)
        }
        if isDirectory.boolValue { throw .notAProject(path: path, reason: "it is a directory") }
        let header = FileHandle(forReadingAtPath: path).flatMap { try? $0.read(upToCount: 16) } ?? Data()
        guard header == Data("SQLite format 3\0".utf8) else {
            throw .notAProject(path: path, reason: "it is not an SQLite database")
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration())
            let migrator = ProjectSchema.migrator
            try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                guard applicationID == ProjectSchema.applicationID else {
                    throw StoreError.notAProject(path: path, reason: "an SQLite database of another application")
                }
                if try migrator.hasBeenSuperseded(db) {
                    let known = Set(migrator.migrations)
                    let unknown = try migrator.appliedIdentifiers(db).subtracting(known).sorted()
                    throw StoreError.newerSchema(path: path, unknownMigrations: unknown)
                }
            }
            try migrator.migrate(queue)
            return ProjectStore(path: path, queue: queue)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notAProject(path: path, reason: "the SQLite file is damaged or encrypted")
        } catch {
            throw StoreError(error)
        }
    }

    /// Reads from the project in one consistent snapshot.
    public func read<T>(_ body: (StoreSession) throws -> T) throws -> T {
        do {
            return try queue.read { db in try body(StoreSession(db)) }
        } catch let error as DatabaseError {
            throw StoreError(error)
        }
    }

    /// Changes the project in one transaction that also appends the event recording the change.
    ///
    /// If `body` throws, nothing it did is kept and no event is written. If it returns no event,
    /// it must not have changed anything (a command that found nothing to do).
    /// - Parameters:
    ///   - actor: who makes the change.
    ///   - command: the operation as the command line names it.
    ///   - body: the change; returns its result and the event's summary and payload.
    @discardableResult
    public func change<T>(actor: String, command: String,
                          _ body: (StoreSession) throws -> (T, EventDraft?)) throws -> T {
        do {
            return try queue.write { db in
                let session = StoreSession(db)
                let (result, event) = try body(session)
                if let event {
                    try session.appendEvent(actor: actor, command: command, draft: event)
                }
                return result
            }
        } catch let error as DatabaseError {
            throw StoreError(error)
        }
    }

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.label = "thematic-project"
        return configuration
    }
}

extension StoreError {
    /// Turns a database failure into the store's error, keeping SQLite's message.
    init(_ error: any Error) {
        if let error = error as? StoreError {
            self = error
        } else if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_CONSTRAINT: self = .constraintViolated(message: error.message ?? "\(error)")
            default: self = .database(message: error.message ?? "\(error)")
            }
        } else {
            self = .database(message: "\(error)")
        }
    }
}
