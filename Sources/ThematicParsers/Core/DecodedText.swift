import Foundation
import ThematicModel

/// A transcript file's bytes turned into text, with what was learned about its encoding.
///
/// UTF-8 (with or without BOM) and UTF-16 LE/BE (with BOM, or recognisably without) are read as
/// they are; bytes that are not valid UTF-8 are read as Windows-1252, with a warning. The BOM is
/// dropped; line endings are left as the file has them (``Lines`` splits on CR, LF and CRLF), so
/// lines and columns still match the original file.
public struct DecodedText: Sendable {
    /// The encodings a transcript file can come in.
    public enum Encoding: String, Sendable, Hashable {
        case utf8 = "UTF-8"
        case utf16LittleEndian = "UTF-16LE"
        case utf16BigEndian = "UTF-16BE"
        case windows1252 = "Windows-1252"
    }

    public let text: String
    public let encoding: Encoding
    public let hadByteOrderMark: Bool
    public let warnings: [Diagnostic]

    /// Decodes a file's bytes.
    /// - Parameters:
    ///   - bytes: the whole file.
    ///   - file: the name to put in diagnostics.
    /// - Throws: ``ParseError/empty(path:)`` for no bytes, ``ParseError/binary(path:at:)`` for a NUL
    ///   character in the text.
    public init(bytes: some Collection<UInt8>, file: String) throws(ParseError) {
        // Data from Data shares the storage: a large file is not copied once more here.
        let bytes = (bytes as? Data) ?? Data(bytes)
        guard !bytes.isEmpty else { throw .empty(path: file) }
        var warnings: [Diagnostic] = []
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            (text, encoding, hadByteOrderMark) = (DecodedText.utf8OrLegacy(bytes.dropFirst(3), file: file, warnings: &warnings), .utf8, true)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            (text, encoding, hadByteOrderMark) = (try DecodedText.utf16(bytes.dropFirst(2), bigEndian: false, file: file), .utf16LittleEndian, true)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            (text, encoding, hadByteOrderMark) = (try DecodedText.utf16(bytes.dropFirst(2), bigEndian: true, file: file), .utf16BigEndian, true)
        } else if let bigEndian = DecodedText.looksLikeUTF16(bytes) {
            (text, encoding, hadByteOrderMark) = (try DecodedText.utf16(bytes, bigEndian: bigEndian, file: file),
                                                  bigEndian ? .utf16BigEndian : .utf16LittleEndian, false)
        } else {
            let text = DecodedText.utf8OrLegacy(bytes, file: file, warnings: &warnings)
            (self.text, hadByteOrderMark) = (text, false)
            encoding = warnings.isEmpty ? .utf8 : .windows1252
        }
        if let nul = text.utf8.firstIndex(of: 0) {
            throw .binary(path: file, at: DecodedText.location(of: nul, in: text, file: file))
        }
        self.warnings = warnings
    }

    /// The line and column in `text` of a UTF-8 index, counted as editors count them.
    public static func location(of index: String.Index, in text: String, file: String) -> SourceLocation {
        var line = 1, column = 1
        var previousWasCR = false
        for scalar in text.unicodeScalars[..<index] {
            if scalar == "\n" {
                if !previousWasCR { line += 1 }
                column = 1
            } else if scalar == "\r" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            previousWasCR = scalar == "\r"
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    // MARK: - Decoders

    private static func utf8OrLegacy(_ bytes: Data, file: String, warnings: inout [Diagnostic]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let firstBad = firstInvalidUTF8Offset(bytes)
        let line = bytes[bytes.startIndex..<firstBad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        warnings.append(Diagnostic(.warning, "the file is not valid UTF-8; it was read as Windows-1252 — check accented letters, or save the file as UTF-8",
                                   at: SourceLocation(file: file, line: line)))
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(windows1252Scalar(byte)) }
        return String(scalars)
    }

    private static func utf16(_ bytes: Data, bigEndian: Bool, file: String) throws(ParseError) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw .malformed(message: "the file starts as UTF-16 but holds an unpaired surrogate",
                             at: SourceLocation(file: file, line: 1))
        }
        return text
    }

    /// UTF-16 without a BOM shows as a NUL in every other byte of ASCII text; `nil` if not so.
    private static func looksLikeUTF16(_ bytes: Data) -> Bool? {
        let sample = Array(bytes.prefix(512))
        guard sample.count >= 4, sample.count % 2 == 0 else { return nil }
        let evens = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        let odds = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        let half = sample.count / 2
        if odds * 10 >= half * 9, evens == 0 { return false }
        if evens * 10 >= half * 9, odds == 0 { return true }
        return nil
    }

    private static func firstInvalidUTF8Offset(_ bytes: Data) -> Int {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0..<0x80: length = 1
            case 0xC2..<0xE0: length = 2
            case 0xE0..<0xF0: length = 3
            case 0xF0..<0xF5: length = 4
            default: return index
            }
            guard index + length <= bytes.endIndex,
                  String(validating: bytes[index..<index + length], as: UTF8.self) != nil else { return index }
            index += length
        }
        return index
    }

    private static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        let value = (0x80..<0xA0).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
