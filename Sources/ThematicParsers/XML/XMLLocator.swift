import Foundation
import ThematicModel

/// Finds the line and column of each opening tag in the original bytes.
///
/// libxml2 knows how far its parser has read but not the column where a tag starts. Tags arrive in
/// document order, so a cursor that only moves forward finds each `<name` in one linear pass;
/// columns count Unicode scalars (UTF-8 continuation bytes are skipped), as editors show them.
/// Where the search fails (a tag produced by an entity, a UTF-16 file) the libxml2 line is used.
struct XMLLocator {
    /// The bytes from the cursor's neighbourhood to the end of what was fed so far.
    private var buffer: [UInt8] = []
    /// The file offset of `buffer[0]`.
    private var base = 0
    private let file: String
    private var offset = 0
    private var line = 1
    private var column = 1
    private var isUTF8Compatible = true
    private var sawStart = false

    init(file: String) {
        self.file = file
    }

    /// Takes the next chunk of the file, as it is fed to libxml2.
    mutating func append(_ chunk: Data) {
        if !sawStart {
            sawStart = true
            let first = Array(chunk.prefix(3))
            // UTF-16 files have NUL bytes between ASCII characters: a byte search cannot work there.
            isUTF8Compatible = !(first.count >= 2 && (first[0] == 0 || first[1] == 0 || first[0] == 0xFE || first[0] == 0xFF))
            if first.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
        }
        guard isUTF8Compatible else { return }
        buffer.append(contentsOf: chunk)
    }

    /// Forgets the bytes before the cursor: tags arrive in document order, so they are never
    /// searched again, and memory stays near one chunk whatever the file's size.
    mutating func discardConsumed() {
        let drop = Swift.min(offset - base, buffer.count)
        guard drop > 0 else { return }
        buffer.removeFirst(drop)
        base += drop
    }

    /// The location of the next `<qualifiedName` tag at or after the cursor.
    /// - Parameters:
    ///   - qualifiedName: the name as written, with its prefix.
    ///   - readLine: how far libxml2 has read (a line at or after the tag): the search stops there.
    mutating func locate(_ qualifiedName: String, readLine: Int) -> SourceLocation {
        let fallback = SourceLocation(file: file, line: max(readLine, 1))
        guard isUTF8Compatible else { return fallback }
        var name = qualifiedName
        let found = name.withUTF8 { name in
            buffer.withUnsafeBufferPointer { bytes in
                XMLLocator.search(name, in: bytes, from: offset - base, line: line, column: column, readLine: readLine)
            }
        }
        guard let found else { return fallback }
        // Step past this `<` so the next tag of the same name is searched after it.
        (offset, line, column) = (base + found.index + 1, found.line, found.column + 1)
        return SourceLocation(file: file, line: found.line, column: found.column)
    }

    /// Scans `bytes` from `start` for `<name` followed by white space, `>` or `/`, counting lines and
    /// columns (Unicode scalars: UTF-8 continuation bytes are skipped) as it goes.
    /// - Returns: the index of the `<` with its line and column, or `nil` when it is not there or
    ///   would lie beyond `readLine`.
    private static func search(_ name: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                               line startLine: Int, column startColumn: Int,
                               readLine: Int) -> (index: Int, line: Int, column: Int)? {
        var probe = start
        var line = startLine
        var column = startColumn
        let end = bytes.count
        while probe < end {
            let byte = bytes[probe]
            if byte == UInt8(ascii: "<"), matches(name, in: bytes, at: probe + 1) {
                guard readLine <= 0 || line <= readLine else { return nil }
                return (probe, line, column)
            }
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte == 0x0D {
                if probe + 1 < end, bytes[probe + 1] == 0x0A { probe += 1 }
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            probe += 1
            if readLine > 0, line > readLine { return nil }
        }
        return nil
    }

    private static func matches(_ name: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + name.count < bytes.count else { return false }
        for index in 0..<name.count where bytes[start + index] != name[index] { return false }
        switch bytes[start + name.count] {
        case UInt8(ascii: " "), UInt8(ascii: ">"), UInt8(ascii: "/"), 0x09, 0x0A, 0x0D: return true
        default: return false
        }
    }
}
