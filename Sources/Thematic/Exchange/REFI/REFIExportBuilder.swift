import Foundation
import ThematicExchange
import ThematicModel
import ThematicStore

/// Builds the REFI-QDA document of a project (or of its codebook alone) from one read of the store.
///
/// Everything that has no guid in Thematic gets a stable one derived from its id
/// (``REFINames/derivedGUID(_:)``), unless it came from another program with one (migration
/// `v5-exchange`), so exporting twice writes the same document, timestamps aside.
struct REFIExportBuilder {
    let session: StoreSession
    let dialect: REFIDialect
    let kind: REFIDocument.Kind

    /// The origin written into exports; it names the dialect so that importing the file again
    /// reads its positions the way they were written.
    static func origin(_ dialect: REFIDialect) -> String {
        switch dialect {
        case .spec: "Thematic 0.1.0"
        case .nvivo: "Thematic 0.1.0 (positions for NVivo: UTF-16 code units)"
        case .atlasti: "Thematic 0.1.0 (for ATLAS.ti)"
        case .maxqda: "Thematic 0.1.0 (for MAXQDA)"
        }
    }

    func build() throws -> (REFIDocument, [(name: String, data: Data)], REFIExportReport) {
        var document = REFIDocument(kind: kind, name: try session.setting("name") ?? "", origin: Self.origin(dialect), dialect: dialect)
        var report = REFIExportReport(path: nil, dialect: dialect)
        let codebook = try session.codebook()
        let codeGUIDs = Dictionary(codebook.codes.map { ($0.id, $0.guid) }, uniquingKeysWith: { first, _ in first })
        func codes(under parent: String?) -> [REFIDocument.Code] {
            codebook.children(of: parent).map { code in
                REFIDocument.Code(guid: code.guid, name: code.name, isCodable: code.isCodable, color: code.colour,
                                  description: CodeDescription.compose(code), children: codes(under: code.id))
            }
        }
        document.codes = codes(under: nil)
        report.codes = codebook.codes.count
        document.sets = codebook.themes.map { theme in
            REFIDocument.CodeSet(guid: theme.guid, name: theme.name, description: theme.definition,
                                 memberCodes: theme.codeIDs.compactMap { codeGUIDs[$0] })
        }
        report.themes = codebook.themes.count
        if !codebook.themes.isEmpty {
            report.warnings.append("themes are written as sets (name, definition, member codes); their ids are not carried")
        }
        if !codebook.rules.isEmpty {
            report.warnings.append("\(codebook.rules.count) auto-coding rules are not carried (REFI-QDA has no rules; they stay in the codebook YAML)")
        }
        let events = try session.counts().events
        guard kind == .project else {
            report.warnings.append("a codebook carries codes and themes only: codings, sources and memos are in `export project --format qdpx`")
            return (document, [], report)
        }
        var texts: [(name: String, data: Data)] = []
        let coderGUIDs = try identities(.coder)
        var users: [String: UUID] = [:]
        for coder in try session.coders() { users[coder.id] = coderGUIDs[coder.id] ?? REFINames.derivedGUID("coder:\(coder.id)") }
        // A coding's own memo is listed by `memos()` as a memo about the coding with the coding's
        // id; it travels with the coding's selection, so it is not written a second time as a note.
        let memos = try session.memos().filter { memo in
            guard case .coding(let codingID) = memo.target else { return true }
            return UUID(uuidString: codingID) != memo.id
        }
        for memo in memos where users[memo.author] == nil {
            users[memo.author] = coderGUIDs[memo.author] ?? REFINames.derivedGUID("coder:\(memo.author)")
        }
        document.users = users.keys.sorted().map { REFIDocument.User(guid: users[$0]!, name: $0) }
        report.coders = document.users.count

        let sourceGUIDs = try identities(.source)
        let codings = Dictionary(grouping: try session.currentCodings(), by: \.sourceID)
        let memosByTarget = Dictionary(grouping: memos, by: \.target)
        var structured = 0
        for summary in try session.sourceSummaries() {
            guard let transcript = try session.transcript(id: summary.id) else { continue }
            let guid = sourceGUIDs[summary.id] ?? REFINames.derivedGUID("source:\(summary.id)")
            let positions = VendorPositions(vendorText: transcript.text, dialect: dialect)
            let index = TextIndex(transcript.text)
            var source = REFIDocument.TextSource(guid: guid, name: summary.id, description: transcript.title == summary.id ? "" : transcript.title,
                                                 plainTextPath: "internal://\(REFIXMLWriter.guid(guid)).txt",
                                                 creatingUser: nil, creationDateTime: nil)
            source.noteRefs = (memosByTarget[.source(id: summary.id)] ?? []).map(\.id)
            // One selection per coding: every reader sees every code (some read only a selection's
            // first coding), and each selection carries its own coder and memo.
            // Ordered by what survives a round trip: REFI-QDA dates keep whole seconds.
            let ordered = (codings[summary.id] ?? []).sorted {
                let left = ($0.span.start, $0.span.end, $0.createdAt.timeIntervalSince1970.rounded(.down), $0.id.uuidString)
                let right = ($1.span.start, $1.span.end, $1.createdAt.timeIntervalSince1970.rounded(.down), $1.id.uuidString)
                return left < right
            }
            for coding in ordered {
                let text = String(index.slice(coding.span))
                source.selections.append(REFIDocument.Selection(
                    guid: REFINames.derivedGUID("selection:\(coding.id.uuidString)"),
                    name: text.unicodeScalars.count <= 100 ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(99))) + "…",
                    start: positions.vendorOffset(ofScalar: coding.span.start), end: positions.vendorOffset(ofScalar: coding.span.end),
                    description: coding.memo ?? "", creatingUser: users[coding.coderID], creationDateTime: coding.createdAt,
                    codings: [REFIDocument.Coding(guid: coding.id, code: codeGUIDs[coding.codeID] ?? REFINames.derivedGUID("code:\(coding.codeID)"),
                                                  creatingUser: users[coding.coderID], creationDateTime: coding.createdAt,
                                                  noteRefs: (memosByTarget[.coding(id: coding.id.uuidString)] ?? []).map(\.id))]))
                report.codings += 1
                report.selections += 1
            }
            if !transcript.speakers.isEmpty, transcript.origin.format != .refiQDA { structured += 1 }
            texts.append(("\(REFIXMLWriter.guid(guid)).txt", Data(transcript.text.utf8)))
            document.sources.append(source)
        }
        report.sources = document.sources.count
        let codeIDByGUID = Dictionary(codebook.codes.map { ($0.id, $0.guid) }, uniquingKeysWith: { first, _ in first })
        func attachCodeNotes(_ codes: inout [REFIDocument.Code], path: [String: UUID]) {
            for index in codes.indices {
                if let id = path.first(where: { $0.value == codes[index].guid })?.key {
                    codes[index].noteRefs = (memosByTarget[.code(id: id)] ?? []).map(\.id)
                }
                attachCodeNotes(&codes[index].children, path: path)
            }
        }
        attachCodeNotes(&document.codes, path: codeIDByGUID)
        document.notes = memos.map { memo in
            REFIDocument.Note(guid: memo.id, name: Self.noteName(memo), text: memo.text, creatingUser: users[memo.author],
                              creationDateTime: memo.createdAt)
        }
        document.projectNoteRefs = (memosByTarget[.project] ?? []).map(\.id)
        report.memos = memos.count

        let cases = try session.cases()
        if !cases.isEmpty {
            let caseGUIDs = try identities(.studyCase)
            var variables: [String: REFIDocument.Variable] = [:]
            var order: [String] = []
            for attribute in cases.flatMap(\.attributes) where variables[attribute.name] == nil {
                let values = cases.compactMap { $0.attribute(attribute.name)?.value }
                let kind: REFIDocument.Variable.Kind = switch attribute.kind {
                case .text: .text
                case .boolean: .boolean
                case .date: values.allSatisfy(Self.isISODate) ? .date : .text
                case .number: values.allSatisfy { Int($0) != nil } ? .integer : values.allSatisfy(Self.isDecimal) ? .float : .text
                }
                variables[attribute.name] = .init(guid: REFINames.derivedGUID("variable:\(attribute.name)"), name: attribute.name, kind: kind)
                order.append(attribute.name)
            }
            document.variables = order.compactMap { variables[$0] }
            document.cases = cases.map { item in
                REFIDocument.Case(
                    guid: caseGUIDs[item.id] ?? REFINames.derivedGUID("case:\(item.id)"), name: item.id,
                    values: item.attributes.compactMap { attribute in
                        guard let variable = variables[attribute.name] else { return nil }
                        return .init(variable: variable.guid, value: Self.refiValue(attribute, kind: variable.kind))
                    },
                    sourceRefs: item.sourceIDs.map { sourceGUIDs[$0] ?? REFINames.derivedGUID("source:\($0)") })
            }
            report.cases = cases.count
        }
        if structured > 0 {
            report.warnings.append("speaker turns, roles and times of \(structured) sources are not carried: REFI-QDA keeps their text, one utterance a line")
        }
        let behind = try session.codingsOnEarlierRevisions()
        if behind > 0 {
            report.warnings.append("\(behind) codings left on earlier source revisions by re-anchoring are not exported (only current texts are)")
        }
        report.warnings.append("the audit trail (\(events) events) and the study's phase are not carried")
        return (document, texts, report)
    }

    /// Stored guids of one kind by id.
    private func identities(_ kind: StoreSession.ExchangeKind) throws -> [String: UUID] {
        try session.exchangeGUIDs(kind)
    }

    private static func noteName(_ memo: Memo) -> String {
        let firstLine = memo.text.split(separator: "\n").first.map(String.init) ?? ""
        return firstLine.unicodeScalars.count <= 60 ? firstLine : String(String.UnicodeScalarView(firstLine.unicodeScalars.prefix(59))) + "…"
    }

    /// `yyyy-mm-dd`, the form `xsd:date` takes.
    private static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isASCII) && Int($0) != nil }
    }

    /// A number `xsd:decimal` accepts: digits with an optional sign and point (no exponent, no NaN).
    private static func isDecimal(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return !body.isEmpty && parts.count <= 2 && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } } && body != "."
    }

    /// A case attribute's value as the schema types it (`yes` → `true`, a date as `yyyy-mm-dd`).
    private static func refiValue(_ attribute: CaseAttribute, kind: REFIDocument.Variable.Kind) -> String {
        switch kind {
        case .boolean: (CaseAttribute.boolean(attribute.value) ?? false) ? "true" : "false"
        default: attribute.value
        }
    }
}
