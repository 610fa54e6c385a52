/// Why the project file could not be opened, created or changed.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No file at the path.
    case projectNotFound(path: String)
    /// `init` on a path that already holds a file.
    case projectExists(path: String)
    /// The file is not a Thematic project (another SQLite database, or not SQLite at all).
    case notAProject(path: String, reason: String)
    /// The project was written by a newer Thematic whose schema this version does not know.
    case newerSchema(path: String, unknownMigrations: [String])
    /// A change breaks a rule of the project (a duplicate, a reference to something missing).
    case constraintViolated(message: String)
    /// Something the caller named is not in the project.
    case notFound(kind: String, id: String)
    /// SQLite failed for another reason (disk full, file locked …).
    case database(message: String)
    /// A stored value cannot be read back (a date, an identity, a payload): the file was damaged
    /// or edited by hand. `thematic doctor` lists such rows.
    case damaged(table: String, column: String, value: String)

    public var description: String {
        switch self {
        case .projectNotFound(let path):
            "\(path): no project file here; create one with 'thematic init --project \(path)'"
        case .projectExists(let path):
            "\(path): a file already exists here; choose another name or open it with --project"
        case .notAProject(let path, let reason):
            "\(path): not a Thematic project (\(reason))"
        case .newerSchema(let path, let unknown):
            "\(path): written by a newer version of Thematic (schema steps \(unknown.joined(separator: ", ")) are unknown here); upgrade Thematic to open it"
        case .constraintViolated(let message):
            message
        case .notFound(let kind, let id):
            "no \(kind) '\(id)' in this project"
        case .database(let message):
            "project file error: \(message)"
        case .damaged(let table, let column, let value):
            "project file damaged: \(table).\(column) holds '\(value.prefix(60))', which cannot be read; run 'thematic doctor' to see what is wrong"
        }
    }
}
