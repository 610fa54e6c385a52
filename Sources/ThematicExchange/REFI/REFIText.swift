import Foundation
import ThematicModel

/// Decoding the plain-text files of a `.qdpx` (`sources/*.txt`).
public enum REFIText {
    /// A source text as the vendor wrote it: UTF-8 with or without a BOM (the standard's encoding),
    /// or UTF-16 with a BOM. The BOM is kept (``VendorPositions`` drops it and does not count it).
    /// - Throws: ``ExchangeError/invalid(message:at:)`` naming the entry when the bytes are not text.
    public static func decode(_ data: Data, entry: String) throws(ExchangeError) -> String {
        let bytes = [UInt8](data.prefix(2))
        if bytes == [0xFF, 0xFE] || bytes == [0xFE, 0xFF] {
            guard let text = String(data: data, encoding: .utf16) else {
                throw .invalid(message: "the UTF-16 text cannot be decoded", at: SourceLocation(file: entry, line: 1))
            }
            return "\u{FEFF}" + text.drop { $0 == "\u{FEFF}" }
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let valid = String(decoding: data, as: UTF8.self)
            let stop = valid.firstIndex(of: "\u{FFFD}") ?? valid.endIndex
            let before = valid[..<stop]
            let line = before.filter { $0 == "\n" }.count + 1
            let column = (before.lastIndex(of: "\n").map { before[before.index(after: $0)...] } ?? before).unicodeScalars.count + 1
            throw .invalid(message: "the text is not UTF-8 (REFI-QDA texts are)", at: SourceLocation(file: entry, line: line, column: column))
        }
        if text.unicodeScalars.contains("\u{0}") {
            throw .invalid(message: "the text holds NUL bytes: binary data, not plain text", at: SourceLocation(file: entry, line: 1))
        }
        return text
    }
}
