import Foundation
import ThematicModel
import Yams

/// Writes a codebook in the format ``YAMLCodebookReader`` reads, guids included, so that a
/// written codebook imports back unchanged.
public struct YAMLCodebookWriter: Sendable {
    public init() {}

    /// The YAML text.
    /// - Throws: ``ExchangeError/unreadable(path:reason:)`` when a code cannot be written under its
    ///   parent (the parent is missing: a damaged codebook) or YAML serialisation fails — never a
    ///   codebook with codes left out.
    public func text(_ codebook: Codebook) throws(ExchangeError) -> String {
        let ids = Set(codebook.codes.map(\.id))
        let lost = codebook.codes.filter { !$0.ancestorIDs.allSatisfy(ids.contains) }.map(\.id)
        guard lost.isEmpty else {
            throw .unreadable(path: "codebook", reason: "code\(lost.count == 1 ? "" : "s") \(lost.map { "'\($0)'" }.joined(separator: ", ")) "
                              + "cannot be written: a parent is missing from the codebook (run 'thematic doctor --repair')")
        }
        var top: [(String, Node)] = [("version", Node("1", Tag(.int)))]
        if !codebook.name.isEmpty { top.append(("name", Node(codebook.name))) }
        if !codebook.description.isEmpty { top.append(("description", Node(codebook.description))) }
        top.append(("codes", .sequence(Node.Sequence(children(of: nil, in: codebook)))))
        if !codebook.themes.isEmpty {
            top.append(("themes", .sequence(Node.Sequence(codebook.themes.map { theme in
                var fields: [(String, Node)] = [("id", Node(theme.id)), ("name", Node(theme.name))]
                if !theme.definition.isEmpty { fields.append(("definition", Node(theme.definition))) }
                if !theme.scopeNote.isEmpty { fields.append(("scope_note", Node(theme.scopeNote))) }
                if theme.status != .candidate { fields.append(("status", Node(theme.status.rawValue))) }
                if let parent = theme.parentID { fields.append(("parent", Node(parent))) }
                fields.append(("guid", Node(theme.guid.uuidString)))
                fields.append(("codes", .sequence(Node.Sequence(theme.codeIDs.map { Node($0) }, .implicit, .flow))))
                if !theme.exemplars.isEmpty {
                    fields.append(("exemplars", .sequence(Node.Sequence(theme.exemplars.map(exemplar)))))
                }
                return mapping(fields)
            }))))
        }
        let body: String
        do {
            body = try Yams.serialize(node: mapping(top), width: -1, allowUnicode: true)
        } catch {
            throw .unreadable(path: "codebook", reason: "YAML could not be written: \(error)")
        }
        return "# Thematic codebook (format version 1)\n" + body
    }

    private func children(of parent: String?, in codebook: Codebook) -> [Node] {
        codebook.children(of: parent).map { code in
            var fields: [(String, Node)] = [("id", Node(String(code.slug))), ("name", Node(code.name))]
            if !code.isCodable { fields.append(("codable", Node("false", Tag(.bool)))) }
            for (key, value) in [("definition", code.definition), ("include", code.inclusion), ("exclude", code.exclusion),
                                 ("example", code.typicalExample), ("atypical_example", code.atypicalExample),
                                 ("colour", code.colour ?? ""), ("memo", code.memo)] where !value.isEmpty {
                fields.append((key, Node(value)))
            }
            fields.append(("guid", Node(code.guid.uuidString)))
            if let rule = codebook.rules.first(where: { $0.id == code.id && $0.codeID == code.id }) {
                fields.append(("autocode", autocode(rule)))
            }
            let below = children(of: code.id, in: codebook)
            if !below.isEmpty { fields.append(("children", .sequence(Node.Sequence(below)))) }
            return mapping(fields)
        }
    }

    private func exemplar(_ exemplar: Exemplar) -> Node {
        var fields: [(String, Node)] = [("source", Node(exemplar.sourceID)), ("revision", Node(String(exemplar.revision), Tag(.int))),
                                        ("start", Node(String(exemplar.span.start), Tag(.int))),
                                        ("end", Node(String(exemplar.span.end), Tag(.int)))]
        if let coding = exemplar.codingID { fields.append(("coding", Node(coding.uuidString))) }
        fields.append(("quote", Node(exemplar.quote)))
        return mapping(fields)
    }

    private func autocode(_ rule: AutoCodingRule) -> Node {
        let list = { (values: [String]) in Node.sequence(Node.Sequence(values.map { Node($0) }, .implicit, .flow)) }
        var fields: [(String, Node)] = []
        if !rule.keywords.isEmpty { fields.append(("keywords", list(rule.keywords))) }
        if !rule.patterns.isEmpty { fields.append(("patterns", list(rule.patterns))) }
        if !rule.roles.isEmpty { fields.append(("roles", list(rule.roles.map(\.rawValue)))) }
        if !rule.speakers.isEmpty { fields.append(("speakers", list(rule.speakers))) }
        if let within = rule.withinCodeID { fields.append(("within", Node(within))) }
        fields.append(("unit", Node(rule.unit.description)))
        return mapping(fields)
    }

    private func mapping(_ fields: [(String, Node)]) -> Node {
        .mapping(Node.Mapping(fields.map { (Node($0.0), $0.1) }))
    }
}
