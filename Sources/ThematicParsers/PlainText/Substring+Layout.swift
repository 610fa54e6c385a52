extension Substring {
    /// Whether the line holds nothing but spaces and tabs.
    var isBlankLine: Bool {
        utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// The text without spaces and tabs at its start.
    func droppingLeadingSpaces() -> Substring {
        drop(while: { $0 == " " || $0 == "\t" })
    }

    /// The text without spaces and tabs at its end.
    func droppingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard self[before] == " " || self[before] == "\t" else { break }
            end = before
        }
        return self[startIndex..<end]
    }
}
