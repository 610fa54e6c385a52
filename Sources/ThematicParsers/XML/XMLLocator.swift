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

    /// The file offset one past the last byte fed so far.
    private var end: Int { base + buffer.count }

    private func byte(at position: Int) -> UInt8 { buffer[position - base] }

    /// The location of the next `<qualifiedName` tag at or after the cursor.
    /// - Parameters:
    ///   - qualifiedName: the name as written, with its prefix.
    ///   - readLine: how far libxml2 has read (a line at or after the tag): the search stops there.
    mutating func locate(_ qualifiedName: String, readLine: Int) -> SourceLocation {
        let fallback = SourceLocation(file: file, line: max(readLine, 1))
        guard isUTF8Compatible else { return fallback }
        let name = Array(qualifiedName.utf8)
        var probe = offset
        var probeLine = line
        var probeColumn = column
        while probe < end {
            let byte = self.byte(at: probe)
            if byte == UInt8(ascii: "<"), matches(name, at: probe + 1) {
                guard readLine <= 0 || probeLine <= readLine else { return fallback }
                // Step past this `<` so the next tag of the same name is searched after it.
                (offset, line, column) = (probe + 1, probeLine, probeColumn + 1)
                return SourceLocation(file: file, line: probeLine, column: probeColumn)
            }
            if byte == 0x0A {
                probeLine += 1
                probeColumn = 1
            } else if byte == 0x0D {
                if probe + 1 < end, self.byte(at: probe + 1) == 0x0A { probe += 1 }
                probeLine += 1
                probeColumn = 1
            } else if byte & 0xC0 != 0x80 {
                probeColumn += 1
            }
            probe += 1
            if readLine > 0, probeLine > readLine { return fallback }
        }
        return fallback
    }

    private func matches(_ name: [UInt8], at start: Int) -> Bool {
        guard start + name.count < end else { return false }
        for (index, expected) in name.enumerated() where byte(at: start + index) != expected { return false }
        switch byte(at: start + name.count) {
        case UInt8(ascii: " "), UInt8(ascii: ">"), UInt8(ascii: "/"), 0x09, 0x0A, 0x0D: return true
        default: return false
        }
    }
}
