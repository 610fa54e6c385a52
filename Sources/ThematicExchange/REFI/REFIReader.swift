import Foundation
import ThematicModel

/// Turns a parsed REFI-QDA document (``XMLTreeNode``) into a ``REFIDocument``.
///
/// It reads what the vendors really write: the namespaces `urn:QDA-XML:project:1.0`,
/// `…:project:0:10`, `urn:QDA-XML:codebook:1.0`, `…:codebook:0:4` (or none), `MemberCode guid=`
/// (codebook sets) as well as `targetGUID=` (project sets), upper- or lower-case guids, with or
/// without braces. Elements it does not take (picture, PDF, audio and video sources, graphs,
/// links) are listed in ``REFIDocument/skipped``.
public struct REFIReader: Sendable {
    /// The file name diagnostics show.
    public var file: String
    /// Overrides the dialect the document's `origin` implies.
    public var dialect: REFIDialect?

    public init(file: String, dialect: REFIDialect? = nil) {
        self.file = file
        self.dialect = dialect
    }

    /// Reads a `.qdc` or `.qde` document from its bytes.
    public func read(_ data: Data) throws(ExchangeError) -> REFIDocument {
        try read(XMLTreeReader.parse(data, file: file))
    }

    /// Reads a parsed document.
    public func read(_ root: XMLTreeNode) throws(ExchangeError) -> REFIDocument {
        if let namespace = root.namespace, !namespace.hasPrefix("urn:QDA-XML:") {
            throw .invalid(message: "<\(root.name)> is in namespace \(namespace), not a REFI-QDA one (urn:QDA-XML:…)", at: at(root))
        }
        let origin = root.attributes["origin"] ?? ""
        switch root.name {
        case "CodeBook":
            var document = REFIDocument(kind: .codebook, origin: origin, dialect: dialect ?? REFIDialect.detect(origin: origin))
            try readCodebook(root, into: &document, codebookSets: true)
            return document
        case "Project":
            var document = REFIDocument(kind: .project, name: root.attributes["name"] ?? "", origin: origin,
                                        dialect: dialect ?? REFIDialect.detect(origin: origin))
            document.creatingUserGUID = try optionalGUID(root, "creatingUserGUID")
            document.creationDateTime = Self.date(root.attributes["creationDateTime"])
            for user in root.child("Users")?.children("User") ?? [] {
                document.users.append(.init(guid: try guid(user, "guid"), name: user.attributes["name"] ?? user.attributes["id"] ?? "",
                                            id: user.attributes["id"]))
            }
            if let codebook = root.child("CodeBook") { try readCodebook(codebook, into: &document, codebookSets: false) }
            for variable in root.child("Variables")?.children("Variable") ?? [] {
                let kindName = variable.attributes["typeOfVariable"] ?? "Text"
                guard let kind = REFIDocument.Variable.Kind(rawValue: kindName) else {
                    throw .invalid(message: "variable type '\(kindName)' is not one of Text, Boolean, Integer, Float, Date, DateTime", at: at(variable))
                }
                document.variables.append(.init(guid: try guid(variable, "guid"), name: variable.attributes["name"] ?? "", kind: kind,
                                                description: variable.child("Description")?.text ?? ""))
            }
            for item in root.child("Cases")?.children("Case") ?? [] {
                var studyCase = REFIDocument.Case(guid: try guid(item, "guid"), name: item.attributes["name"] ?? "",
                                                  description: item.child("Description")?.text ?? "")
                for value in item.children("VariableValue") {
                    guard let reference = value.child("VariableRef") else {
                        throw .invalid(message: "<VariableValue> without <VariableRef>", at: at(value))
                    }
                    let written = value.children.first { $0.name.hasSuffix("Value") }?.text ?? ""
                    studyCase.values.append(.init(variable: try guid(reference, "targetGUID"), value: written))
                }
                studyCase.sourceRefs = try item.children("SourceRef").map { node throws(ExchangeError) in try guid(node, "targetGUID") }
                document.cases.append(studyCase)
            }
            for source in root.child("Sources")?.children ?? [] {
                switch source.name {
                case "TextSource":
                    document.sources.append(try textSource(source))
                    if !source.children("Coding").isEmpty {
                        document.skipped.append("\(source.children("Coding").count) codings of the whole source '\(source.attributes["name"] ?? "")' (line \(source.line)): Thematic codes stretches of text")
                    }
                default:
                    document.skipped.append("\(source.name) '\(source.attributes["name"] ?? "")' (line \(source.line)): only text sources are imported")
                }
            }
            for note in root.child("Notes")?.children("Note") ?? [] {
                document.notes.append(.init(guid: try guid(note, "guid"), name: note.attributes["name"] ?? "",
                                            text: note.child("PlainTextContent")?.text ?? note.child("Description")?.text ?? "",
                                            creatingUser: try optionalGUID(note, "creatingUser"),
                                            creationDateTime: Self.date(note.attributes["creationDateTime"])))
            }
            for set in root.child("Sets")?.children("Set") ?? [] { document.sets.append(try codeSet(set, codebookSets: false)) }
            document.description = root.child("Description")?.text ?? ""
            document.projectNoteRefs = try root.children("NoteRef").map { node throws(ExchangeError) in try guid(node, "targetGUID") }
            for name in ["Links", "Graphs"] where root.child(name) != nil {
                document.skipped.append("<\(name)> (line \(root.child(name)!.line)): not carried by Thematic")
            }
            return document
        default:
            throw .invalid(message: "the root element is <\(root.name)>; a REFI-QDA file holds <Project> (.qde) or <CodeBook> (.qdc)", at: at(root))
        }
    }

    private func readCodebook(_ node: XMLTreeNode, into document: inout REFIDocument, codebookSets: Bool) throws(ExchangeError) {
        guard let codes = node.child("Codes") else {
            if node.name == "CodeBook", document.kind == .codebook {
                throw .invalid(message: "<CodeBook> without <Codes>", at: at(node))
            }
            return
        }
        document.codes = try codes.children("Code").map { node throws(ExchangeError) in try code(node) }
        if codebookSets {
            document.sets = try (node.child("Sets")?.children("Set") ?? []).map { node throws(ExchangeError) in try codeSet(node, codebookSets: true) }
        }
    }

    private func code(_ node: XMLTreeNode) throws(ExchangeError) -> REFIDocument.Code {
        guard let name = node.attributes["name"] else { throw .invalid(message: "<Code> without a name", at: at(node)) }
        return REFIDocument.Code(
            guid: try guid(node, "guid"), name: name, isCodable: node.attributes["isCodable"].map { $0 == "true" || $0 == "1" } ?? true,
            color: node.attributes["color"], description: node.child("Description")?.text ?? "",
            noteRefs: try node.children("NoteRef").map { node throws(ExchangeError) in try guid(node, "targetGUID") },
            children: try node.children("Code").map { node throws(ExchangeError) in try code(node) }, line: node.line)
    }

    private func codeSet(_ node: XMLTreeNode, codebookSets: Bool) throws(ExchangeError) -> REFIDocument.CodeSet {
        // The codebook schema names a member `guid`, the project schema `targetGUID`; vendors mix them.
        func member(_ node: XMLTreeNode) throws(ExchangeError) -> UUID {
            try guid(node, node.attributes["targetGUID"] != nil ? "targetGUID" : "guid")
        }
        return REFIDocument.CodeSet(
            guid: try guid(node, "guid"), name: node.attributes["name"] ?? "", description: node.child("Description")?.text ?? "",
            memberCodes: try node.children("MemberCode").map(member), memberSources: try node.children("MemberSource").map(member))
    }

    private func textSource(_ node: XMLTreeNode) throws(ExchangeError) -> REFIDocument.TextSource {
        var source = REFIDocument.TextSource(
            guid: try guid(node, "guid"), name: node.attributes["name"] ?? "", description: node.child("Description")?.text ?? "",
            plainTextPath: node.attributes["plainTextPath"], text: node.child("PlainTextContent")?.text,
            creatingUser: try optionalGUID(node, "creatingUser"), creationDateTime: Self.date(node.attributes["creationDateTime"]),
            noteRefs: try node.children("NoteRef").map { node throws(ExchangeError) in try guid(node, "targetGUID") }, line: node.line)
        for selection in node.children("PlainTextSelection") {
            guard let start = selection.attributes["startPosition"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
                  let end = selection.attributes["endPosition"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
                throw .invalid(message: "<PlainTextSelection> needs whole-number startPosition and endPosition", at: at(selection))
            }
            var value = REFIDocument.Selection(
                guid: try guid(selection, "guid"), name: selection.attributes["name"] ?? "", start: start, end: end,
                description: selection.child("Description")?.text ?? "", creatingUser: try optionalGUID(selection, "creatingUser"),
                creationDateTime: Self.date(selection.attributes["creationDateTime"]),
                noteRefs: try selection.children("NoteRef").map { node throws(ExchangeError) in try guid(node, "targetGUID") },
                line: selection.line)
            for coding in selection.children("Coding") {
                guard let reference = coding.child("CodeRef") else {
                    throw .invalid(message: "<Coding> without <CodeRef>", at: at(coding))
                }
                value.codings.append(.init(guid: try guid(coding, "guid"), code: try guid(reference, "targetGUID"),
                                           creatingUser: try optionalGUID(coding, "creatingUser"),
                                           creationDateTime: Self.date(coding.attributes["creationDateTime"]),
                                           noteRefs: try coding.children("NoteRef").map { node throws(ExchangeError) in try guid(node, "targetGUID") }))
            }
            source.selections.append(value)
        }
        return source
    }

    // MARK: Attribute helpers

    private func at(_ node: XMLTreeNode) -> SourceLocation {
        SourceLocation(file: file, line: max(node.line, 1))
    }

    private func guid(_ node: XMLTreeNode, _ attribute: String) throws(ExchangeError) -> UUID {
        guard let written = node.attributes[attribute] else {
            throw .invalid(message: "<\(node.name)> has no \(attribute)", at: at(node))
        }
        guard let value = Self.uuid(written) else {
            throw .invalid(message: "<\(node.name)> \(attribute)=\"\(written)\" is not a GUID", at: at(node))
        }
        return value
    }

    private func optionalGUID(_ node: XMLTreeNode, _ attribute: String) throws(ExchangeError) -> UUID? {
        node.attributes[attribute] == nil ? nil : try guid(node, attribute)
    }

    /// A GUID as vendors write it: any case, optionally in braces.
    static func uuid(_ written: String) -> UUID? {
        var text = written.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("{"), text.hasSuffix("}") { text = String(text.dropFirst().dropLast()) }
        return UUID(uuidString: text)
    }

    /// An `xs:dateTime` as vendors write it (with or without fractional seconds; `Z` or an offset).
    static func date(_ written: String?) -> Date? {
        guard let written, !written.isEmpty else { return nil }
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(written) { return date }
        if let date = try? Date.ISO8601FormatStyle().parse(written) { return date }
        // No zone at all: read as UTC.
        return try? Date.ISO8601FormatStyle().parse(written + "Z")
    }
}
