/// A precomputed index over a canonical text that converts between the units positions come in.
///
/// Thematic stores every position as a Unicode scalar offset; editors and vendors speak UTF-16
/// (NVivo, JavaScript), UTF-8 bytes (SQLite, files), `String.Index` (Swift) or line and column
/// (diagnostics). Building the index is one linear pass; each conversion afterwards costs a
/// binary search (O(log n)) plus a walk of at most ``checkpointStride`` scalars, never a walk
/// from the start of the text.
public struct TextIndex: Sendable {
    /// How many scalars lie between two checkpoints.
    public static let checkpointStride = 64

    /// The text the index was built for.
    public let text: String
    /// The number of Unicode scalars in the text.
    public let scalarCount: Int
    /// The number of UTF-16 code units in the text.
    public let utf16Count: Int
    /// The number of UTF-8 bytes in the text.
    public var utf8Count: Int { bytes.count }

    private let bytes: [UInt8]
    /// UTF-8 offset of scalar `k * checkpointStride`, for every k (plus one for the end).
    private let utf8Checkpoints: [Int]
    /// UTF-16 offset of scalar `k * checkpointStride`, aligned with `utf8Checkpoints`.
    private let utf16Checkpoints: [Int]
    /// Scalar offset at which each line starts; lines end at LF.
    private let lineStarts: [Int]

    /// Builds the index in one pass over the text.
    public init(_ text: String) {
        self.text = text
        let bytes = Array(text.utf8)
        var utf8Checkpoints: [Int] = [0]
        var utf16Checkpoints: [Int] = [0]
        var lineStarts: [Int] = [0]
        var scalar = 0, utf16 = 0, offset = 0
        while offset < bytes.count {
            let length = TextIndex.sequenceLength(leadByte: bytes[offset])
            if bytes[offset] == 0x0A { lineStarts.append(scalar + 1) }
            offset += length
            utf16 += length == 4 ? 2 : 1
            scalar += 1
            if scalar % TextIndex.checkpointStride == 0 {
                utf8Checkpoints.append(offset)
                utf16Checkpoints.append(utf16)
            }
        }
        self.bytes = bytes
        self.scalarCount = scalar
        self.utf16Count = utf16
        self.utf8Checkpoints = utf8Checkpoints
        self.utf16Checkpoints = utf16Checkpoints
        self.lineStarts = lineStarts
    }

    /// The number of lines; a final LF starts an empty last line.
    public var lineCount: Int { lineStarts.count }

    /// The UTF-8 byte offset of a scalar offset (`0...scalarCount`).
    public func utf8Offset(ofScalar scalarOffset: Int) -> Int {
        walk(toScalar: scalarOffset).utf8
    }

    /// The UTF-16 code-unit offset of a scalar offset (`0...scalarCount`).
    public func utf16Offset(ofScalar scalarOffset: Int) -> Int {
        walk(toScalar: scalarOffset).utf16
    }

    /// The scalar offset of a UTF-16 offset, or `nil` when it is out of range or splits a surrogate pair.
    public func scalarOffset(ofUTF16 utf16Offset: Int) -> Int? {
        guard utf16Offset >= 0, utf16Offset <= utf16Count else { return nil }
        let checkpoint = lastCheckpoint(in: utf16Checkpoints, notAfter: utf16Offset)
        var scalar = checkpoint * TextIndex.checkpointStride
        var utf16 = utf16Checkpoints[checkpoint], utf8 = utf8Checkpoints[checkpoint]
        while utf16 < utf16Offset {
            let length = TextIndex.sequenceLength(leadByte: bytes[utf8])
            utf8 += length
            utf16 += length == 4 ? 2 : 1
            scalar += 1
        }
        return utf16 == utf16Offset ? scalar : nil
    }

    /// The scalar offset of a UTF-8 offset, or `nil` when it is out of range or inside a sequence.
    public func scalarOffset(ofUTF8 utf8Offset: Int) -> Int? {
        guard utf8Offset >= 0, utf8Offset <= bytes.count else { return nil }
        let checkpoint = lastCheckpoint(in: utf8Checkpoints, notAfter: utf8Offset)
        var scalar = checkpoint * TextIndex.checkpointStride
        var utf8 = utf8Checkpoints[checkpoint]
        while utf8 < utf8Offset {
            utf8 += TextIndex.sequenceLength(leadByte: bytes[utf8])
            scalar += 1
        }
        return utf8 == utf8Offset ? scalar : nil
    }

    /// The `String.Index` of a scalar offset in ``text``.
    public func stringIndex(ofScalar scalarOffset: Int) -> String.Index {
        // Offsetting a native UTF-8 string's utf8 view is O(1).
        text.utf8.index(text.utf8.startIndex, offsetBy: utf8Offset(ofScalar: scalarOffset))
    }

    /// The scalar offset of a `String.Index` of ``text`` that lies on a scalar boundary.
    public func scalarOffset(of index: String.Index) -> Int? {
        scalarOffset(ofUTF8: text.utf8.distance(from: text.utf8.startIndex, to: index))
    }

    /// The range of `String.Index` a span covers in ``text``.
    public func range(of span: TextSpan) -> Range<String.Index> {
        stringIndex(ofScalar: span.start)..<stringIndex(ofScalar: span.end)
    }

    /// The text a span covers.
    public func slice(_ span: TextSpan) -> Substring {
        text[range(of: span)]
    }

    /// The 1-based line and 1-based column (in scalars) of a scalar offset.
    public func lineAndColumn(ofScalar scalarOffset: Int) -> (line: Int, column: Int) {
        let line = lastCheckpoint(in: lineStarts, notAfter: scalarOffset)
        return (line + 1, scalarOffset - lineStarts[line] + 1)
    }

    /// The scalar offset of a 1-based line and column, or `nil` when the line does not exist
    /// or the column lies past the line's end.
    public func scalarOffset(line: Int, column: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
        let start = lineStarts[line - 1]
        let lineEnd = line < lineStarts.count ? lineStarts[line] - 1 : scalarCount
        let offset = start + column - 1
        return offset <= lineEnd ? offset : nil
    }

    /// The span of a 1-based line's content, without its LF.
    public func span(ofLine line: Int) -> TextSpan? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : scalarCount
        return TextSpan(start: start, end: end)
    }

    // MARK: - Walking

    private func walk(toScalar scalarOffset: Int) -> (utf8: Int, utf16: Int) {
        precondition(scalarOffset >= 0 && scalarOffset <= scalarCount,
                     "scalar offset \(scalarOffset) is outside 0...\(scalarCount)")
        let checkpoint = scalarOffset / TextIndex.checkpointStride
        var utf8 = utf8Checkpoints[checkpoint], utf16 = utf16Checkpoints[checkpoint]
        for _ in 0..<(scalarOffset % TextIndex.checkpointStride) {
            let length = TextIndex.sequenceLength(leadByte: bytes[utf8])
            utf8 += length
            utf16 += length == 4 ? 2 : 1
        }
        return (utf8, utf16)
    }

    /// The index of the last element of a sorted array that is not greater than `value`.
    private func lastCheckpoint(in sorted: [Int], notAfter value: Int) -> Int {
        var low = 0, high = sorted.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if sorted[middle] <= value { low = middle } else { high = middle - 1 }
        }
        return low
    }

    private static func sequenceLength(leadByte: UInt8) -> Int {
        switch leadByte {
        case 0..<0x80: 1
        case 0xC0..<0xE0: 2
        case 0xE0..<0xF0: 3
        default: 4
        }
    }
}
