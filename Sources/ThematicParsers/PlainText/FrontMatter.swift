/// Header fields before the first turn: YAML-style front matter between `---` lines.
///
/// Only flat `key: value` pairs are read (values may be quoted); this is the header block
/// transcripts carry, not a YAML document.
struct FrontMatter {
    var fields: [String: String] = [:]

    /// Reads one `key: value` line into the fields; returns `false` for a line of another shape.
    @discardableResult
    mutating func read(_ line: Substring) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let key = line[..<colon].trimming([" ", "\t"]).lowercased()
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return false }
        var value = line[line.index(after: colon)...].trimming([" ", "\t"])
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            value = String(value.dropFirst().dropLast())
        }
        fields[key] = value
        return true
    }

    /// Whether a line is the `---` that opens or closes front matter.
    static func isFence(_ line: Substring) -> Bool {
        line.trimming([" ", "\t"]) == "---"
    }
}

extension StringProtocol {
    /// The text without the given characters at either end.
    func trimming(_ characters: Set<Character>) -> String {
        let start = firstIndex(where: { !characters.contains($0) }) ?? endIndex
        let end = lastIndex(where: { !characters.contains($0) }).map { index(after: $0) } ?? start
        return String(self[start..<Swift.max(start, end)])
    }
}
