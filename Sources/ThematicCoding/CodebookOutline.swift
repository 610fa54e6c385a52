import ThematicModel

/// The codebook as an indented outline, the way a researcher reads a code tree.
public enum CodebookOutline {
    /// One line per code, indented two spaces per level, `id  name`, grouping nodes marked.
    /// - Parameters:
    ///   - counts: codings per code id, shown when given.
    ///   - definitions: also write each code's definition, inclusion and exclusion criteria below it.
    public static func lines(of codebook: Codebook, counts: [String: Int]? = nil, definitions: Bool = false) -> [String] {
        codebook.codes.flatMap { code -> [String] in
            let indent = String(repeating: "  ", count: code.depth - 1)
            var line = "\(indent)\(code.id)  \(code.name)"
            if !code.isCodable { line += "  (group)" }
            if let counts { line += "  [\(counts[code.id, default: 0])]" }
            guard definitions else { return [line] }
            let details = [("", code.definition), ("include: ", code.inclusion), ("exclude: ", code.exclusion)]
                .filter { !$0.1.isEmpty }
                .map { "\(indent)    \($0.0)\($0.1.replacingOccurrences(of: "\n", with: " "))" }
            return [line] + details
        }
    }
}
