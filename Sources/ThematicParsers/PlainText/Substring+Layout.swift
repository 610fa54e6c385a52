extension Substring {
    /// Whether the line holds nothing but spaces and tabs.
    var isBlankLine: Bool {
        utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// The text without spaces and tabs at its start.
    func droppingLeadingSpaces() -> Substring {
        guard let start = utf8.firstIndex(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else {
            return self[endIndex...]
        }
        return self[start...]
    }

    /// The text without spaces and tabs at its end.
    func droppingTrailingSpaces() -> Substring {
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let before = utf8.index(before: end)
            guard utf8[before] == UInt8(ascii: " ") || utf8[before] == UInt8(ascii: "\t") else { break }
            end = before
        }
        return self[startIndex..<end]
    }

    /// Whether the text starts with an ASCII prefix, compared on bytes.
    func hasASCIIPrefix(_ prefix: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        return utf8.starts(with: needle)
    }
}
