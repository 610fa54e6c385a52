import Foundation

/// Prints a value as JSON on stdout: pretty, keys sorted, so output diffs well.
enum JSONOutput {
    static func print(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        Console.out(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
