import Foundation

/// Timestamps as the project file stores them: ISO 8601 in UTC with milliseconds.
enum StoreDate {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    static func string(_ date: Date) -> String { style.format(date) }

    static func date(_ string: String) -> Date { (try? style.parse(string)) ?? Date(timeIntervalSince1970: 0) }
}
