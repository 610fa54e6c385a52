import ThematicModel

/// Writes a codebook as a document a person reads, in the structure MacQueen, McLellan, Kay and
/// Milstein (1998, "Codebook development for team-based qualitative analysis", *Cultural
/// Anthropology Methods* 10(2)) recommend for each code: the code, a brief and a full definition,
/// when to use it, when not to use it, and examples — here with the typical and the atypical
/// example apart, and each code's counts of codings and sources.
public struct CodebookMarkdownWriter: Sendable {
    /// How much a code is used: its own codings and the sources they are in.
    public struct Usage: Hashable, Sendable {
        public var codings: Int
        public var sources: Int

        public init(codings: Int, sources: Int) {
            self.codings = codings
            self.sources = sources
        }
    }

    public init() {}

    /// The Markdown text.
    /// - Parameters:
    ///   - codebook: the codebook.
    ///   - usage: counts by code id (codes without an entry count zero).
    public func text(_ codebook: Codebook, usage: [String: Usage]) -> String {
        var lines: [String] = []
        lines.append("# \(codebook.name.isEmpty ? "Codebook" : escape(codebook.name))")
        lines.append("")
        if !codebook.description.isEmpty {
            lines.append(escape(codebook.description))
            lines.append("")
        }
        let total = codebook.codes.reduce(0) { $0 + (usage[$1.id]?.codings ?? 0) }
        lines.append("\(codebook.codes.count) codes (\(codebook.codes.filter(\.isCodable).count) codable), \(codebook.themes.count) themes, \(total) codings.")
        lines.append("")
        lines.append("| § | code | name | codings | sources |")
        lines.append("|---|---|---|---:|---:|")
        let numbers = numbering(codebook)
        for code in codebook.codes {
            let own = usage[code.id] ?? Usage(codings: 0, sources: 0)
            lines.append("| \(numbers[code.id] ?? "") | `\(code.id)` | \(cell(code.name)) | \(own.codings) | \(own.sources) |")
        }
        lines.append("")
        for code in codebook.codes {
            let number = numbers[code.id] ?? ""
            let heading = String(repeating: "#", count: min(code.depth + 1, 6))
            lines.append("\(heading) \(number) \(escape(code.name))")
            lines.append("")
            let own = usage[code.id] ?? Usage(codings: 0, sources: 0)
            let below = codebook.subtree(of: code.id).dropFirst().reduce(0) { $0 + (usage[$1.id]?.codings ?? 0) }
            var facts = "**Code:** `\(code.id)`" + (code.isCodable ? "" : " (a grouping code, not coded itself)")
            facts += " · **Counts:** \(own.codings) coding\(own.codings == 1 ? "" : "s") in \(own.sources) source\(own.sources == 1 ? "" : "s")"
            if below > 0 { facts += " (\(below) more below it)" }
            lines.append(facts)
            lines.append("")
            let brief = code.definition.split(separator: ".", maxSplits: 1).first.map { String($0) + (code.definition.contains(".") ? "." : "") } ?? ""
            field("Brief definition", brief, into: &lines)
            if brief.trimmingCharacters(in: .whitespaces) != code.definition.trimmingCharacters(in: .whitespaces) {
                field("Full definition", code.definition, into: &lines)
            }
            field("When to use", code.inclusion, into: &lines)
            field("When not to use", code.exclusion, into: &lines)
            field("Typical example", code.typicalExample, quoted: true, into: &lines)
            field("Atypical example", code.atypicalExample, quoted: true, into: &lines)
            field("Memo", code.memo, into: &lines)
        }
        if !codebook.themes.isEmpty {
            lines.append("## Themes")
            lines.append("")
            for theme in codebook.themes {
                lines.append("### \(escape(theme.name))")
                lines.append("")
                if !theme.definition.isEmpty {
                    lines.append(escape(theme.definition))
                    lines.append("")
                }
                lines.append("Codes: " + theme.codeIDs.map { id in
                    "\(numbers[id] ?? "") \(cell(codebook.code(id: id)?.name ?? id)) (`\(id)`)"
                }.joined(separator: "; "))
                lines.append("")
            }
        }
        lines.append("---")
        lines.append("Layout after MacQueen, McLellan, Kay & Milstein (1998), *Codebook development for team-based qualitative analysis*.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `1`, `1.2`, `1.2.3` in codebook order.
    private func numbering(_ codebook: Codebook) -> [String: String] {
        var numbers: [String: String] = [:]
        var counters: [String: Int] = [:]
        for code in codebook.codes {
            let parent = code.parentID ?? ""
            counters[parent, default: 0] += 1
            let prefix = code.parentID.flatMap { numbers[$0] }.map { "\($0)." } ?? ""
            numbers[code.id] = prefix + String(counters[parent]!)
        }
        return numbers
    }

    private func field(_ label: String, _ value: String, quoted: Bool = false, into lines: inout [String]) {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        if quoted {
            lines.append("**\(label):**")
            lines.append("")
            lines.append(contentsOf: trimmed.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + escape(String($0)) })
        } else {
            lines.append("**\(label):** " + escape(trimmed).replacingOccurrences(of: "\n", with: "  \n"))
        }
        lines.append("")
    }

    /// Text safe inside a table cell.
    private func cell(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// Markdown's active characters at the start of text escaped, so a name stays a name.
    private func escape(_ text: String) -> String {
        var result = text.replacingOccurrences(of: "<", with: "&lt;")
        if let first = result.first, "#>-+*".contains(first) { result = "\\" + result }
        return result
    }
}
