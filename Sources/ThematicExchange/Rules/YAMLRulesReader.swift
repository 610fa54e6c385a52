import Foundation
import ThematicModel
import Yams

/// Reads an auto-coding rules file (YAML, version 1) into ``AutoCodingRule`` values.
///
/// ```yaml
/// version: 1
/// rules:
///   - id: trust-words                 # a slug; codings are recorded with coder auto:trust-words
///     code: alliance/bond/trust       # the code to apply (full id)
///     keywords: [trust*, confide, "felt safe"]   # whole words, case/diacritic-insensitive; * = any ending
///     patterns: ['\bheld? in mind\b'] # regular expressions, case-insensitive
///     roles: [participant]            # only turns of these roles (interviewer, participant, interpreter, other)
///     speakers: [P01]                 # only turns of these speakers (id or name)
///     within: interpreter             # only inside segments coded with this code (or below it)
///     unit: sentence                  # match | sentence | utterance | around:N  (default: sentence)
/// ```
///
/// Unknown keys are errors, and every error names the line and column in the file.
public struct YAMLRulesReader: Sendable {
    static let topKeys: Set = ["version", "rules"]
    /// The keys of a rule's matching fields (also the keys of a code's `autocode:`).
    static let matchKeys: Set = ["keywords", "patterns", "roles", "speakers", "within", "unit"]
    static let ruleKeys: Set = matchKeys.union(["id", "code"])

    public init() {}

    /// Reads a rules file.
    /// - Throws: ``ExchangeError`` with the file, line and column of the first problem.
    public func read(contentsOf path: String) throws(ExchangeError) -> [AutoCodingRule] {
        try read(try YAMLFile.text(contentsOf: path), file: path)
    }

    /// Reads rules from YAML text.
    public func read(_ yaml: String, file: String) throws(ExchangeError) -> [AutoCodingRule] {
        let root = try YAMLFile.compose(yaml, file: file)
        let context = YAMLCodebookReader.Context(file: file)
        guard let root, case .mapping(let top) = root else {
            throw .invalid(message: "a rules file is a mapping with 'rules:'", at: SourceLocation(file: file, line: 1))
        }
        try context.checkKeys(top, allowed: YAMLRulesReader.topKeys, what: "rules file")
        if let version = top["version"], version.int != 1 {
            throw .invalid(message: "rules format version \(version.string ?? "?") is not known; this Thematic reads version 1",
                           at: context.location(version))
        }
        guard let list = top["rules"], case .sequence(let items) = list else {
            throw .invalid(message: "the file has no 'rules:' list", at: context.location(root))
        }
        var rules: [AutoCodingRule] = []
        var seen = Set<String>()
        for item in items {
            guard case .mapping(let fields) = item else {
                throw .invalid(message: "a rule is a mapping with 'id', 'code' and 'keywords' or 'patterns'", at: context.location(item))
            }
            try context.checkKeys(fields, allowed: YAMLRulesReader.ruleKeys, what: "rule")
            guard let idNode = fields["id"], let id = try context.string(idNode), Code.isValidSlug(id) else {
                throw .invalid(message: "a rule needs an 'id' made of lowercase letters, digits and '-'", at: context.location(item))
            }
            guard seen.insert(id).inserted else { throw .invalid(message: "rule '\(id)' is defined twice", at: context.location(idNode)) }
            guard let code = try context.string(fields["code"]), !code.isEmpty else {
                throw .invalid(message: "rule '\(id)' needs a 'code'", at: context.location(item))
            }
            rules.append(try YAMLRulesReader.rule(fields, id: id, codeID: code, at: item, context))
        }
        return rules
    }

    /// A rule's matching fields (`keywords`, `patterns`, `roles`, `speakers`, `within`, `unit`),
    /// shared by rules files and the `autocode:` key of codes in a codebook.
    static func rule(_ fields: Node.Mapping, id: String, codeID: String, at item: Node,
                     _ context: YAMLCodebookReader.Context) throws(ExchangeError) -> AutoCodingRule {
        var rule = AutoCodingRule(id: id, codeID: codeID)
        rule.keywords = try strings(fields["keywords"], context)
        rule.patterns = try strings(fields["patterns"], context)
        rule.speakers = try strings(fields["speakers"], context)
        for roleNode in try nodes(fields["roles"], context) {
            guard let name = try context.string(roleNode), let role = SpeakerRole(rawValue: name.lowercased()) else {
                throw .invalid(message: "a role is one of \(SpeakerRole.allCases.map(\.rawValue).joined(separator: ", "))",
                               at: context.location(roleNode))
            }
            rule.roles.append(role)
        }
        rule.withinCodeID = try context.string(fields["within"])
        if let unitNode = fields["unit"] {
            guard let unit = try context.string(unitNode).flatMap(CodingUnit.init(name:)) else {
                throw .invalid(message: "'unit' is match, sentence, utterance or around:N", at: context.location(unitNode))
            }
            rule.unit = unit
        }
        guard !rule.keywords.isEmpty || !rule.patterns.isEmpty else {
            throw .invalid(message: "rule '\(id)' needs 'keywords' or 'patterns'", at: context.location(item))
        }
        return rule
    }

    private static func nodes(_ node: Node?, _ context: YAMLCodebookReader.Context) throws(ExchangeError) -> [Node] {
        guard let node else { return [] }
        if case .scalar = node { return [node] }
        guard case .sequence(let sequence) = node else {
            throw .invalid(message: "expected a list", at: context.location(node))
        }
        return Array(sequence)
    }

    private static func strings(_ node: Node?, _ context: YAMLCodebookReader.Context) throws(ExchangeError) -> [String] {
        var result: [String] = []
        for item in try nodes(node, context) {
            guard let value = try context.string(item), !value.isEmpty else {
                throw .invalid(message: "expected text here", at: context.location(item))
            }
            result.append(value)
        }
        return result
    }
}
