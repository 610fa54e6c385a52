import Foundation

/// Timestamps as the project file stores them: ISO 8601 in UTC with milliseconds.
///
/// Foundation's ISO 8601 style costs microseconds a call, which added up to seconds when a
/// command reads or writes hundreds of thousands of codings. Codings stored by one command share
/// their timestamp (auto-coding stamps a run with one moment) and are read back in runs, so the
/// last conversion each way is remembered and repeated ones are free.
enum StoreDate {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let cache = LastConversion()

    static func string(_ date: Date) -> String {
        cache.string(for: date) { style.format($0) }
    }

    /// A stored timestamp; one that does not parse is damage, reported, never read as 1970.
    static func date(_ string: String, table: String, column: String) throws(StoreError) -> Date {
        guard let date = cache.date(for: string, parse: { try? style.parse($0) }) else {
            throw .damaged(table: table, column: column, value: string)
        }
        return date
    }

    /// A stored identity; one that is not a UUID is damage, reported, never replaced by a new one.
    static func uuid(_ string: String, table: String, column: String) throws(StoreError) -> UUID {
        guard let uuid = UUID(uuidString: string) else { throw .damaged(table: table, column: column, value: string) }
        return uuid
    }
}

/// The last date formatted and the last string parsed, with their results, behind a lock.
private final class LastConversion: @unchecked Sendable {
    private let lock = NSLock()
    private var formatted: (date: Date, string: String)?
    private var parsed: (string: String, date: Date)?

    func string(for date: Date, format: (Date) -> String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let formatted, formatted.date == date { return formatted.string }
        let string = format(date)
        formatted = (date, string)
        return string
    }

    /// The parsed date, remembered only when the string parses.
    func date(for string: String, parse: (String) -> Date?) -> Date? {
        lock.lock()
        defer { lock.unlock() }
        if let parsed, parsed.string == string { return parsed.date }
        guard let date = parse(string) else { return nil }
        parsed = (string, date)
        return date
    }
}
