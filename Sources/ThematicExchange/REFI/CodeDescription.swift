import ThematicModel

/// A code's definition, criteria and examples as one readable REFI-QDA `<Description>`, and back.
///
/// REFI-QDA gives a code a single description. Thematic writes the definition first, then one
/// labelled paragraph per filled field:
///
/// ```
/// The client's sense that the therapist can be relied on.
///
/// When to use: the participant says they trust, rely on or feel safe with the therapist.
///
/// When not to use: trust in the treatment or method (use alliance/task).
///
/// Typical example: "I knew I could tell her anything."
/// ```
///
/// Reading accepts those labels and the ones MAXQDA and codebook templates use (`Definition:`,
/// `Description:`, `Inclusion:`, `Exclusion:`, `Indication:`, `Contraindication:`, `Example:`,
/// `Memo:` …), case-insensitively at the start of a line; text before any label is the definition.
public enum CodeDescription {
    /// The fields a description carries.
    public enum Field: String, CaseIterable, Sendable {
        case definition, inclusion, exclusion, typicalExample, atypicalExample, memo
    }

    /// The label Thematic writes for each field after the definition.
    static let written: [(Field, String)] = [
        (.inclusion, "When to use"), (.exclusion, "When not to use"), (.typicalExample, "Typical example"),
        (.atypicalExample, "Atypical example"), (.memo, "Memo"),
    ]

    /// Labels read (lower case), longest first so that "atypical example" wins over "example".
    static let read: [(String, Field)] = [
        ("when not to use", .exclusion), ("when to use", .inclusion), ("atypical example", .atypicalExample),
        ("typical example", .typicalExample), ("contraindication", .exclusion), ("contra-indication", .exclusion),
        ("exclusion criteria", .exclusion), ("inclusion criteria", .inclusion), ("exclusion", .exclusion),
        ("inclusion", .inclusion), ("exclude", .exclusion), ("include", .inclusion), ("indication", .inclusion),
        ("definition", .definition), ("description", .definition), ("examples", .typicalExample),
        ("example", .typicalExample), ("memo", .memo), ("notes", .memo), ("note", .memo),
    ]

    /// The description of a code.
    public static func compose(_ code: Code) -> String {
        var parts: [String] = []
        if !code.definition.isEmpty { parts.append(code.definition) }
        for (field, label) in written {
            let value = value(of: field, in: code)
            if !value.isEmpty { parts.append("\(label): \(value)") }
        }
        return parts.joined(separator: "\n\n")
    }

    /// Reads a description into a code's fields (the ones it does not mention are left empty).
    public static func parse(_ description: String, into code: inout Code) {
        var fields: [Field: [String]] = [:]
        var current = Field.definition
        var paragraph: [Substring] = []
        func flush() {
            let text = paragraph.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { fields[current, default: []].append(text) }
            paragraph = []
        }
        for line in description.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            if let (field, rest) = labelled(line) {
                flush()
                current = field
                paragraph = [rest]
            } else {
                paragraph.append(line)
            }
        }
        flush()
        code.definition = fields[.definition]?.joined(separator: "\n\n") ?? ""
        code.inclusion = fields[.inclusion]?.joined(separator: "\n\n") ?? ""
        code.exclusion = fields[.exclusion]?.joined(separator: "\n\n") ?? ""
        code.typicalExample = fields[.typicalExample]?.joined(separator: "\n\n") ?? ""
        code.atypicalExample = fields[.atypicalExample]?.joined(separator: "\n\n") ?? ""
        code.memo = fields[.memo]?.joined(separator: "\n\n") ?? ""
    }

    private static func labelled(_ line: Substring) -> (Field, Substring)? {
        let lowered = line.lowercased()
        for (label, field) in read where lowered.hasPrefix(label) {
            var rest = line.dropFirst(label.count)
            guard rest.first == ":" else { continue }
            rest = rest.dropFirst()
            return (field, rest.drop { $0 == " " })
        }
        return nil
    }

    private static func value(of field: Field, in code: Code) -> String {
        switch field {
        case .definition: code.definition
        case .inclusion: code.inclusion
        case .exclusion: code.exclusion
        case .typicalExample: code.typicalExample
        case .atypicalExample: code.atypicalExample
        case .memo: code.memo
        }
    }
}
