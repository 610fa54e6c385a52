import ArgumentParser
import Foundation

/// Prints a value as JSON on stdout: pretty, keys sorted, so output diffs well.
enum JSONOutput {
    /// - Throws: `ExitCode.failure` after saying why on stderr, when the value cannot be encoded
    ///   (a NaN, say): a script must never get exit 0 and no data.
    static func print(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data: Data
        do {
            data = try encoder.encode(value)
        } catch {
            Console.error("error: the result could not be written as JSON: \(error)")
            throw ExitCode.failure
        }
        Console.out(String(decoding: data, as: UTF8.self))
    }
}
