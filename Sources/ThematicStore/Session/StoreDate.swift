import Foundation

/// Timestamps as the project file stores them: ISO 8601 in UTC with milliseconds.
enum StoreDate {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    static func string(_ date: Date) -> String { style.format(date) }

    /// A stored timestamp; one that does not parse is damage, reported, never read as 1970.
    static func date(_ string: String, table: String, column: String) throws(StoreError) -> Date {
        guard let date = try? style.parse(string) else { throw .damaged(table: table, column: column, value: string) }
        return date
    }

    /// A stored identity; one that is not a UUID is damage, reported, never replaced by a new one.
    static func uuid(_ string: String, table: String, column: String) throws(StoreError) -> UUID {
        guard let uuid = UUID(uuidString: string) else { throw .damaged(table: table, column: column, value: string) }
        return uuid
    }
}
