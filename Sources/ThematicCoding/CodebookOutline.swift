import ThematicModel

/// The codebook as an indented outline, the way a researcher reads a code tree.
public enum CodebookOutline {
    /// One line per code, indented two spaces per level, `id  name`, grouping nodes marked.
    /// - Parameter counts: codings per code id, shown when given.
    public static func lines(of codebook: Codebook, counts: [String: Int]? = nil) -> [String] {
        codebook.codes.map { code in
            let indent = String(repeating: "  ", count: code.depth - 1)
            var line = "\(indent)\(code.id)  \(code.name)"
            if !code.isCodable { line += "  (group)" }
            if let counts { line += "  [\(counts[code.id, default: 0])]" }
            return line
        }
    }
}
