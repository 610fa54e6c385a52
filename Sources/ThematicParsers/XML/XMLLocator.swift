import ThematicModel

/// Finds the line and column of each opening tag in the original bytes.
///
/// libxml2 knows how far its parser has read but not the column where a tag starts. Tags arrive in
/// document order, so a cursor that only moves forward finds each `<name` in one linear pass;
/// columns count Unicode scalars (UTF-8 continuation bytes are skipped), as editors show them.
/// Where the search fails (a tag produced by an entity, a UTF-16 file) the libxml2 line is used.
struct XMLLocator {
    private let bytes: UnsafeRawBufferPointer
    private let file: String
    private var offset = 0
    private var line = 1
    private var column = 1
    private let isUTF8Compatible: Bool

    init(bytes: UnsafeRawBufferPointer, file: String) {
        self.bytes = bytes
        self.file = file
        // UTF-16 files have NUL bytes between ASCII characters: a byte search cannot work there.
        isUTF8Compatible = !(bytes.count >= 2 && (bytes[0] == 0 || bytes[1] == 0 || bytes[0] == 0xFE || bytes[0] == 0xFF))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
    }

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
        while probe < bytes.count {
            let byte = bytes[probe]
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
                if probe + 1 < bytes.count, bytes[probe + 1] == 0x0A { probe += 1 }
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
        guard start + name.count < bytes.count else { return false }
        for (index, byte) in name.enumerated() where bytes[start + index] != byte { return false }
        switch bytes[start + name.count] {
        case UInt8(ascii: " "), UInt8(ascii: ">"), UInt8(ascii: "/"), 0x09, 0x0A, 0x0D: return true
        default: return false
        }
    }
}
