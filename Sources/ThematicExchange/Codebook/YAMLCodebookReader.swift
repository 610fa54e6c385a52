import Foundation
import ThematicModel
import Yams

/// Reads Thematic's YAML codebook format (version 1) into a ``Codebook``.
///
/// ```yaml
/// version: 1
/// name: Working alliance in therapy
/// description: …
/// codes:
///   - id: alliance            # a slug; a child's full id is the path: alliance/bond/trust
///     name: Working alliance
///     codable: false          # a grouping node (default true)
///     definition: …
///     include: …              # inclusion criteria
///     exclude: …              # exclusion criteria
///     example: …              # typical example
///     atypical_example: …
///     colour: "#4e79a7"
///     memo: …
///     guid: 0C4F…             # the REFI-QDA identity; made up when absent
///     autocode:               # an auto-coding rule for this code (its coder: auto:<code id>);
///       keywords: [trust*]    #   keys as in a rules file (see YAMLRulesReader) without id/code
///       roles: [participant]
///       unit: sentence
///     children: [ … ]
/// themes:
///   - id: alliance-as-lived
///     name: …
///     definition: …
///     scope_note: …           # what the theme is not about
///     status: candidate       # candidate | reviewed | defined (default candidate)
///     parent: other-theme     # makes it a subtheme
///     codes: [alliance/bond/trust, …]
///     exemplars:              # quotes: source, revision, scalar offsets, the quoted text
///       - {source: P01, revision: 1, start: 120, end: 180, quote: "…"}
/// ```
///
/// Unknown keys are errors (a misspelt `defintion:` must not silently drop a definition), and
/// every error names the line and column of the YAML file.
public struct YAMLCodebookReader: Sendable {
    static let codeKeys: Set = ["id", "name", "codable", "definition", "include", "exclude", "example",
                                "atypical_example", "colour", "color", "memo", "guid", "children", "autocode"]
    static let themeKeys: Set = ["id", "name", "definition", "codes", "guid", "scope_note", "status", "parent", "exemplars"]
    static let exemplarKeys: Set = ["source", "revision", "start", "end", "quote", "coding"]
    static let topKeys: Set = ["version", "name", "description", "codes", "themes"]

    public init() {}

    /// Reads a codebook file.
    /// - Throws: ``ExchangeError`` with the file, line and column of the first problem.
    public func read(contentsOf path: String) throws(ExchangeError) -> Codebook {
        try read(try YAMLFile.text(contentsOf: path), file: path)
    }

    /// Reads a codebook from YAML text.
    public func read(_ yaml: String, file: String) throws(ExchangeError) -> Codebook {
        let root = try YAMLFile.compose(yaml, file: file)
        let context = Context(file: file)
        guard let root, case .mapping(let top) = root else {
            throw .invalid(message: "a codebook is a mapping with 'codes:' (and optionally 'themes:')",
                           at: SourceLocation(file: file, line: 1))
        }
        try context.checkKeys(top, allowed: YAMLCodebookReader.topKeys, what: "codebook")
        if let version = top["version"] {
            guard version.int == 1 else {
                throw .invalid(message: "codebook format version \(version.string ?? "?") is not known; this Thematic reads version 1",
                               at: context.location(version))
            }
        }
        var codebook = Codebook(name: try context.string(top["name"]) ?? "",
                                description: try context.string(top["description"]) ?? "")
        guard let codes = top["codes"] else {
            throw .invalid(message: "the codebook has no 'codes:' list", at: context.location(root))
        }
        try context.readCodes(codes, parentID: nil, into: &codebook.codes, rules: &codebook.rules)
        if let themes = top["themes"] {
            codebook.themes = try context.readThemes(themes)
        }
        do {
            try codebook.validate()
        } catch {
            throw .invalid(message: error.description, at: context.location(of: error, in: codebook, root: root))
        }
        return codebook
    }

    static func malformed(_ error: YamlError, file: String) -> ExchangeError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return .malformed(message: "YAML: \(problem)", at: SourceLocation(file: file, line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .malformed(message: "YAML: duplicated key \(duplicates.joined(separator: ", "))",
                              at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column))
        default:
            return .malformed(message: "YAML: \(error)", at: SourceLocation(file: file, line: 1))
        }
    }
}

extension YAMLCodebookReader {
    /// Walks the YAML node tree with the file name at hand for locations.
    struct Context {
        let file: String

        func location(_ node: Node) -> SourceLocation {
            SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        }

        func checkKeys(_ mapping: Node.Mapping, allowed: Set<String>, what: String) throws(ExchangeError) {
            for (key, _) in mapping {
                guard let name = key.string, allowed.contains(name) else {
                    throw .invalid(message: "unknown key '\(key.string ?? "?")' in a \(what) (known: \(allowed.sorted().joined(separator: ", ")))",
                                   at: location(key))
                }
            }
        }

        func string(_ node: Node?) throws(ExchangeError) -> String? {
            guard let node else { return nil }
            guard case .scalar(let scalar) = node else {
                throw .invalid(message: "expected text here", at: location(node))
            }
            let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
            return node.null != nil && scalar.style == .plain ? nil : value
        }

        func readCodes(_ node: Node, parentID: String?, into codes: inout [Code],
                       rules: inout [AutoCodingRule]) throws(ExchangeError) {
            guard case .sequence(let sequence) = node else {
                throw .invalid(message: "'codes' and 'children' are lists of codes ('- id: …')", at: location(node))
            }
            for item in sequence {
                guard case .mapping(let fields) = item else {
                    throw .invalid(message: "a code is a mapping with at least 'id' and 'name'", at: location(item))
                }
                try checkKeys(fields, allowed: YAMLCodebookReader.codeKeys, what: "code")
                guard let slugNode = fields["id"], let slug = try string(slugNode), !slug.isEmpty else {
                    throw .invalid(message: "a code needs an 'id' (a slug such as 'trust')", at: location(item))
                }
                guard Code.isValidSlug(slug) else {
                    throw .invalid(message: "code id '\(slug)' must be lowercase letters, digits and '-' (the full id is built from the parents: alliance/bond/\(slug))",
                                   at: location(slugNode))
                }
                let id = parentID.map { "\($0)/\(slug)" } ?? slug
                guard let name = try string(fields["name"]), !name.isEmpty else {
                    throw .invalid(message: "code '\(id)' needs a 'name'", at: location(item))
                }
                var code = Code(id: id, name: name)
                if let guidNode = fields["guid"] {
                    guard let guid = try string(guidNode).flatMap(UUID.init(uuidString:)) else {
                        throw .invalid(message: "guid of code '\(id)' is not a UUID", at: location(guidNode))
                    }
                    code.guid = guid
                }
                code.definition = try string(fields["definition"]) ?? ""
                code.inclusion = try string(fields["include"]) ?? ""
                code.exclusion = try string(fields["exclude"]) ?? ""
                code.typicalExample = try string(fields["example"]) ?? ""
                code.atypicalExample = try string(fields["atypical_example"]) ?? ""
                code.memo = try string(fields["memo"]) ?? ""
                if let colourNode = fields["colour"] ?? fields["color"] {
                    guard let colour = try string(colourNode), YAMLCodebookReader.isColour(colour) else {
                        throw .invalid(message: "colour of code '\(id)' must be written #rrggbb", at: location(colourNode))
                    }
                    code.colour = colour.lowercased()
                }
                if let codable = fields["codable"] {
                    guard let value = codable.bool else {
                        throw .invalid(message: "'codable' is true or false", at: location(codable))
                    }
                    code.isCodable = value
                }
                codes.append(code)
                if let autocode = fields["autocode"] {
                    guard case .mapping(let ruleFields) = autocode else {
                        throw .invalid(message: "'autocode' of code '\(id)' is a mapping with 'keywords' or 'patterns'", at: location(autocode))
                    }
                    try checkKeys(ruleFields, allowed: YAMLRulesReader.matchKeys, what: "code's autocode")
                    rules.append(try YAMLRulesReader.rule(ruleFields, id: id, codeID: id, at: autocode, self))
                }
                if let children = fields["children"] {
                    try readCodes(children, parentID: id, into: &codes, rules: &rules)
                }
            }
        }

        func readThemes(_ node: Node) throws(ExchangeError) -> [Theme] {
            guard case .sequence(let sequence) = node else {
                throw .invalid(message: "'themes' is a list of themes ('- id: …')", at: location(node))
            }
            var themes: [Theme] = []
            for item in sequence {
                guard case .mapping(let fields) = item else {
                    throw .invalid(message: "a theme is a mapping with 'id', 'name' and 'codes'", at: location(item))
                }
                try checkKeys(fields, allowed: YAMLCodebookReader.themeKeys, what: "theme")
                guard let idNode = fields["id"], let id = try string(idNode), Code.isValidSlug(id) else {
                    throw .invalid(message: "a theme needs an 'id' made of lowercase letters, digits and '-'", at: location(item))
                }
                guard let name = try string(fields["name"]), !name.isEmpty else {
                    throw .invalid(message: "theme '\(id)' needs a 'name'", at: location(item))
                }
                var theme = Theme(id: id, name: name, definition: try string(fields["definition"]) ?? "")
                if let guidNode = fields["guid"] {
                    guard let guid = try string(guidNode).flatMap(UUID.init(uuidString:)) else {
                        throw .invalid(message: "guid of theme '\(id)' is not a UUID", at: location(guidNode))
                    }
                    theme.guid = guid
                }
                theme.scopeNote = try string(fields["scope_note"]) ?? ""
                if let statusNode = fields["status"] {
                    guard let status = try string(statusNode).flatMap(ThemeStatus.init(rawValue:)) else {
                        throw .invalid(message: "status of theme '\(id)' is candidate, reviewed or defined", at: location(statusNode))
                    }
                    theme.status = status
                }
                if let parentNode = fields["parent"] {
                    guard let parent = try string(parentNode), Code.isValidSlug(parent) else {
                        throw .invalid(message: "parent of theme '\(id)' must be a theme id", at: location(parentNode))
                    }
                    theme.parentID = parent
                }
                if let exemplars = fields["exemplars"] {
                    theme.exemplars = try readExemplars(exemplars, themeID: id)
                }
                if let codes = fields["codes"] {
                    guard case .sequence(let list) = codes else {
                        throw .invalid(message: "a theme's 'codes' is a list of code ids", at: location(codes))
                    }
                    for codeNode in list {
                        guard let codeID = try string(codeNode) else {
                            throw .invalid(message: "expected a code id", at: location(codeNode))
                        }
                        theme.codeIDs.append(codeID)
                    }
                }
                themes.append(theme)
            }
            return themes
        }

        func readExemplars(_ node: Node, themeID: String) throws(ExchangeError) -> [Exemplar] {
            guard case .sequence(let sequence) = node else {
                throw .invalid(message: "a theme's 'exemplars' is a list of quotes ('- source: …')", at: location(node))
            }
            var exemplars: [Exemplar] = []
            for item in sequence {
                guard case .mapping(let fields) = item else {
                    throw .invalid(message: "an exemplar is a mapping with source, start, end and quote", at: location(item))
                }
                try checkKeys(fields, allowed: YAMLCodebookReader.exemplarKeys, what: "exemplar")
                guard let source = try string(fields["source"]), !source.isEmpty else {
                    throw .invalid(message: "an exemplar of theme '\(themeID)' needs a 'source'", at: location(item))
                }
                func number(_ key: String, minimum: Int) throws(ExchangeError) -> Int? {
                    guard let node = fields[key] else { return nil }
                    guard let value = node.int, value >= minimum else {
                        throw .invalid(message: "'\(key)' of an exemplar is a whole number of at least \(minimum)", at: location(node))
                    }
                    return value
                }
                guard let start = try number("start", minimum: 0), let end = try number("end", minimum: 1) else {
                    throw .invalid(message: "an exemplar of theme '\(themeID)' needs 'start' and 'end' (Unicode scalar offsets)",
                                   at: location(item))
                }
                guard let span = TextSpan(validatingStart: start, end: end), !span.isEmpty else {
                    throw .invalid(message: "an exemplar's start must come before its end", at: location(item))
                }
                var codingID: UUID?
                if let codingNode = fields["coding"] {
                    guard let uuid = try string(codingNode).flatMap(UUID.init(uuidString:)) else {
                        throw .invalid(message: "'coding' of an exemplar is a coding id (a UUID)", at: location(codingNode))
                    }
                    codingID = uuid
                }
                exemplars.append(Exemplar(sourceID: source, revision: try number("revision", minimum: 1) ?? 1, span: span,
                                          codingID: codingID, quote: try string(fields["quote"]) ?? ""))
            }
            return exemplars
        }

        /// The place in the YAML file a validation error is about.
        func location(of error: CodebookError, in codebook: Codebook, root: Node) -> SourceLocation {
            let needle: String
            switch error {
            case .invalidSlug(let id), .duplicateCode(let id), .duplicateGUID(let id, _), .missingParent(let id, _):
                needle = String(id.split(separator: "/").last ?? "")
            case .unknownCodeInTheme(_, let codeID):
                needle = codeID
            case .duplicateTheme(let id), .invalidThemeID(let id), .themeCycle(let id):
                needle = id
            case .unknownParentTheme(_, let parentID):
                needle = parentID
            }
            return lastScalar(equalTo: needle, in: root).map(location) ?? location(root)
        }

        private func lastScalar(equalTo text: String, in node: Node) -> Node? {
            switch node {
            case .scalar(let scalar): return scalar.string == text ? node : nil
            case .mapping(let mapping):
                return mapping.reversed().lazy.compactMap { self.lastScalar(equalTo: text, in: $0.value) }.first
            case .sequence(let sequence):
                return sequence.reversed().lazy.compactMap { self.lastScalar(equalTo: text, in: $0) }.first
            case .alias: return nil
            }
        }
    }

    static func isColour(_ text: String) -> Bool {
        text.count == 7 && text.first == "#" && text.dropFirst().allSatisfy(\.isHexDigit)
    }
}
