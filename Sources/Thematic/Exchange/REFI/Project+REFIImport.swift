import Foundation
import ThematicCoding
import ThematicExchange
import ThematicModel
import ThematicParsers
import ThematicStore

extension Project {
    /// Reads a REFI-QDA file into the project — into an empty one, or merged into what it holds —
    /// as one transaction with one event.
    ///
    /// - `.qdc`: the codebook (codes, hierarchy, sets as themes).
    /// - `.qdpx`: the whole project: coders, codebook, text sources with their text, selections as
    ///   codings per coder, notes as memos, cases and variables, sets.
    /// - `.qde` alone: its codebook, cases, and the sources whose text it carries (`PlainTextContent`).
    ///
    /// Codes are matched by guid, then by path; sources, coders and cases by guid (then by name).
    /// Positions are converted from the file's dialect (its `origin`, or `dialect`) in one place,
    /// ``VendorPositions``. Nothing is changed when anything in the file cannot be taken.
    /// - Parameters:
    ///   - path: the file.
    ///   - dialect: how the file counts positions, overriding its `origin`.
    ///   - limits: the zip-bomb limits for a `.qdpx`.
    public func importREFI(from path: String, dialect: REFIDialect? = nil,
                           limits: QDPXArchive.Limits = QDPXArchive.Limits()) throws(ThematicError) -> REFIImportReport {
        let (document, warnings, documentFile) = try Project.readREFI(path, dialect: dialect, limits: limits)
        return try change("import") { session in
            var importer = REFIImporter(session: session, document: document, file: documentFile, actor: actor)
            importer.report.file = path
            importer.report.warnings = warnings + document.skipped
            try importer.run()
            let report = importer.report
            guard report.changedAnything else { return (report, nil) }
            let summary = "imported \((path as NSString).lastPathComponent) (\(document.origin.isEmpty ? "unknown origin" : document.origin), "
                + "\(document.dialect) positions): \(report.codesAdded.count) codes added, \(report.codesUpdated.count) updated, "
                + "\(report.sourcesAdded.count) sources, \(report.codings) codings, \(report.memos) memos, \(report.cases.count) cases"
            return (report, EventDraft(summary: summary, payload: report))
        }
    }

    /// Reads and checks a REFI-QDA file without touching the project: the document with each
    /// source's text filled in, warnings about what it lacks, and the name its places are given
    /// under (`study.qdpx/project.qde` for an archive's document).
    static func readREFI(_ path: String, dialect: REFIDialect?, limits: QDPXArchive.Limits)
        throws(ThematicError) -> (REFIDocument, [String], String) {
        let fileExtension = (path as NSString).pathExtension.lowercased()
        var warnings: [String] = []
        do {
            guard FileManager.default.fileExists(atPath: path) else { throw ExchangeError.unreadable(path: path, reason: "no such file") }
            switch fileExtension {
            case "qdpx":
                let contents = try QDPXArchive.read(path, limits: limits)
                let entryName = "\(path)/\(contents.projectEntry)"
                var document = try REFIReader(file: entryName, dialect: dialect).read(contents.projectDocument)
                for index in document.sources.indices where document.sources[index].text == nil {
                    let source = document.sources[index]
                    guard let textPath = source.plainTextPath else {
                        warnings.append("source '\(source.name)' has no plain text; its \(source.selections.count) selections are not imported")
                        continue
                    }
                    let name = textPath.replacingOccurrences(of: "internal://", with: "").split(separator: "/").last.map(String.init) ?? textPath
                    // `internal://x.txt` is the standard's form; qc writes the bare file name.
                    let inArchive = textPath.hasPrefix("internal://") || !textPath.contains("://")
                    guard inArchive, let data = contents.texts[name.lowercased()] else {
                        warnings.append("source '\(source.name)': its text \(textPath) is not in the archive; its \(source.selections.count) selections are not imported")
                        continue
                    }
                    document.sources[index].text = try REFIText.decode(data, entry: "\(path)/sources/\(name)")
                }
                return (document, warnings, entryName)
            case "qdc", "qde":
                let data: Data
                do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                    throw ExchangeError.unreadable(path: path, reason: (error as NSError).localizedDescription)
                }
                let document = try REFIReader(file: path, dialect: dialect).read(data)
                for source in document.sources where source.text == nil {
                    warnings.append("source '\(source.name)': its text is outside this .qde (import the .qdpx to bring it); its \(source.selections.count) selections are not imported")
                }
                return (document, warnings, path)
            default:
                throw ThematicError.invalidRequest("\(path): REFI-QDA files end in .qdc (codebook), .qdpx (project) or .qde (project document)")
            }
        } catch let error as ExchangeError {
            throw .exchange(error)
        } catch {
            throw ThematicError.wrap(error)
        }
    }
}

/// Maps one REFI-QDA document onto the project inside one change.
struct REFIImporter {
    let session: StoreSession
    let document: REFIDocument
    let file: String
    let actor: String
    var report: REFIImportReport
    private var coderByUser: [UUID: String] = [:]
    private var codeIDByGUID: [UUID: String] = [:]
    private var sourceIDByGUID: [UUID: String] = [:]
    private var noteTargets: [UUID: MemoTarget] = [:]

    init(session: StoreSession, document: REFIDocument, file: String, actor: String) {
        self.session = session
        self.document = document
        self.file = file
        self.actor = actor
        report = REFIImportReport(file: file, document: document)
    }

    mutating func run() throws {
        try importCoders()
        try importCodebook()
        try importSources()
        try importNotes()
        try importCases()
    }

    // MARK: Coders

    private mutating func importCoders() throws {
        let stored = try session.exchangeGUIDs(.coder)
        let known = try session.coders().map(\.id)
        var byGUID: [UUID: String] = [:]
        for id in known { byGUID[stored[id] ?? REFINames.derivedGUID("coder:\(id)")] = id }
        var taken = Set(known.map { $0.lowercased() })
        for user in document.users {
            if let id = byGUID[user.guid] {
                coderByUser[user.guid] = id
                continue
            }
            let name = user.name.isEmpty ? (user.id ?? "user-\(user.guid.uuidString.prefix(8).lowercased())") : user.name
            if known.contains(name), stored[name] == nil {
                coderByUser[user.guid] = name
                try session.setExchangeGUID(user.guid, of: .coder, id: name)
                continue
            }
            let id = REFINames.unique(name, in: &taken)
            try session.ensureCoder(id, displayName: user.name.isEmpty ? id : user.name)
            try session.setExchangeGUID(user.guid, of: .coder, id: id)
            coderByUser[user.guid] = id
            report.coders.append(id)
        }
    }

    private func coder(_ user: UUID?) throws -> String {
        if let user, let id = coderByUser[user] { return id }
        if let creator = document.creatingUserGUID, let id = coderByUser[creator] { return id }
        try session.ensureCoder(actor)
        return actor
    }

    // MARK: Codebook

    private mutating func importCodebook() throws {
        let current = try session.codebook()
        let currentByGUID = Dictionary(current.codes.map { ($0.guid, $0) }, uniquingKeysWith: { first, _ in first })
        var incoming = Codebook(name: current.name, description: current.description)
        var takenByParent: [String: Set<String>] = [:]
        var groupByPath: [String: String] = [:]
        var implicitGroups = Set<String>()
        func add(_ code: REFIDocument.Code, parent: String?) {
            // `A::B` names carry the hierarchy in the name (a flat export of a tree).
            var names = code.name.components(separatedBy: "::").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if names.isEmpty { names = [code.name] }
            var parentID = parent
            for group in names.dropLast() {
                let key = (parentID ?? "") + "/" + group.lowercased()
                if let existing = groupByPath[key] {
                    parentID = existing
                    continue
                }
                var taken = takenByParent[parentID ?? "", default: []]
                let slug = REFINames.unique(REFINames.slug(group), in: &taken)
                takenByParent[parentID ?? ""] = taken
                let id = parentID.map { "\($0)/\(slug)" } ?? slug
                let guid = REFINames.derivedGUID("group:\(id)")
                incoming.codes.append(currentByGUID[guid] ?? Code(id: id, guid: guid, name: group, isCodable: false))
                incoming.codes[incoming.codes.count - 1].id = id
                groupByPath[key] = id
                implicitGroups.insert(id)
                parentID = id
            }
            let ownKey = (parentID ?? "") + "/" + names.last!.lowercased()
            if let groupID = groupByPath[ownKey], implicitGroups.contains(groupID),
               let index = incoming.codes.firstIndex(where: { $0.id == groupID }) {
                // The code an earlier `A::B` name implied: it takes that place with its own guid.
                implicitGroups.remove(groupID)
                var value = Code(id: groupID, guid: code.guid, name: names.last!, colour: Self.colour(code.color), isCodable: code.isCodable)
                CodeDescription.parse(code.description, into: &value)
                incoming.codes[index] = value
                codeIDByGUID[code.guid] = groupID
                for child in code.children { add(child, parent: groupID) }
                return
            }
            var taken = takenByParent[parentID ?? "", default: []]
            // A code matched by guid keeps its slug, so importing our own export does not rename it.
            let base = currentByGUID[code.guid].map { String($0.slug) } ?? REFINames.slug(names.last!)
            let slug = REFINames.unique(base, in: &taken)
            takenByParent[parentID ?? ""] = taken
            let id = parentID.map { "\($0)/\(slug)" } ?? slug
            var value = Code(id: id, guid: code.guid, name: names.last!, colour: Self.colour(code.color), isCodable: code.isCodable)
            CodeDescription.parse(code.description, into: &value)
            incoming.codes.append(value)
            codeIDByGUID[code.guid] = id
            if groupByPath[ownKey] == nil { groupByPath[ownKey] = id }
            for child in code.children { add(child, parent: id) }
        }
        for code in document.codes { add(code, parent: nil) }

        var themeIDs = Set(current.themes.map { $0.id.lowercased() })
        for set in document.sets {
            let codes = set.memberCodes.compactMap { codeIDByGUID[$0] }
            if codes.count < set.memberCodes.count {
                report.warnings.append("set '\(set.name)': \(set.memberCodes.count - codes.count) member codes are not in the codebook and are left out")
            }
            guard !set.memberCodes.isEmpty else {
                report.warnings.append("set '\(set.name)' gathers no codes (only sources or notes); it is not imported as a theme")
                continue
            }
            let id = current.themes.first(where: { $0.guid == set.guid })?.id ?? REFINames.unique(REFINames.slug(set.name), in: &themeIDs)
            incoming.themes.append(Theme(id: id, guid: set.guid, name: set.name, definition: set.description, codeIDs: codes))
        }
        do {
            try incoming.validate()
        } catch {
            throw ExchangeError.invalid(message: "the codebook cannot be taken: \(error)", at: SourceLocation(file: file, line: 1))
        }
        let merge = CodebookMerge(current: current, incoming: incoming)
        try Project.store(merge, in: session)
        report.codesAdded = merge.added
        report.codesUpdated = merge.changed + merge.renamed.map { "\($0.from) → \($0.to)" }
        report.themes = merge.themesChanged ? incoming.themes.map(\.id) : []
    }

    private static func colour(_ written: String?) -> String? {
        guard var colour = written?.trimmingCharacters(in: .whitespaces).lowercased(), colour.hasPrefix("#") else { return nil }
        if colour.count == 4 { colour = "#" + colour.dropFirst().map { "\($0)\($0)" }.joined() }
        return colour.count == 7 ? colour : nil
    }

    // MARK: Sources and codings

    private mutating func importSources() throws {
        let stored = try session.exchangeGUIDs(.source)
        let existing = try session.sourceSummaries().map(\.id)
        var byGUID: [UUID: String] = [:]
        for id in existing { byGUID[stored[id] ?? REFINames.derivedGUID("source:\(id)")] = id }
        var taken = Set(existing.map { $0.lowercased() })
        for source in document.sources {
            guard let vendorText = source.text else { continue }
            let positions = VendorPositions(vendorText: vendorText, dialect: document.dialect)
            let text = positions.canonicalText
            let sha = try TranscriptReader.sha256(of: ParserInput(file: source.name, bytes: Data(text.utf8)))
            let id: String
            let revision: Int
            if let matched = byGUID[source.guid], let current = try session.transcript(id: matched) {
                id = matched
                if current.text == text {
                    revision = try session.currentRevision(ofSource: id) ?? 1
                    report.sourcesMatched.append(id)
                } else {
                    let previous = try session.currentRevision(ofSource: id) ?? 1
                    let transcript = REFISourceTranscript.make(id: id, title: current.title, text: text, guid: source.guid,
                                                               origin: document.origin, sha256: sha)
                    revision = try session.insertSource(transcript, actor: actor)
                    _ = try Project.reAnchor(session, sourceID: id, from: current, fromRevision: previous, to: transcript, toRevision: revision)
                    report.sourcesAdded.append("\(id) (revision \(revision))")
                }
            } else {
                let fileName = source.plainTextPath?.split(separator: "/").last.map(String.init)
                id = REFINames.unique(REFINames.sourceID(source.name.isEmpty ? fileName ?? source.guid.uuidString : source.name), in: &taken)
                let title = source.description.isEmpty ? (source.name.isEmpty ? id : source.name) : source.description
                let transcript = REFISourceTranscript.make(id: id, title: title, text: text, guid: source.guid,
                                                           origin: document.origin, sha256: sha)
                revision = try session.insertSource(transcript, actor: actor)
                try session.setExchangeGUID(source.guid, of: .source, id: id)
                report.sourcesAdded.append(id)
            }
            sourceIDByGUID[source.guid] = id
            for note in source.noteRefs { noteTargets[note] = .source(id: id) }
            for selection in source.selections {
                try importSelection(selection, of: source, id: id, revision: revision, positions: positions)
            }
        }
    }

    private mutating func importSelection(_ selection: REFIDocument.Selection, of source: REFIDocument.TextSource, id: String,
                                          revision: Int, positions: VendorPositions) throws {
        let place = SourceLocation(file: file, line: max(selection.line, 1))
        guard let start = positions.scalarOffset(ofVendor: selection.start),
              let end = positions.scalarOffset(ofVendor: selection.end, roundingUp: true), selection.start <= selection.end else {
            throw ExchangeError.invalid(
                message: "selection \(selection.start)–\(selection.end) does not lie in the text of '\(source.name)' "
                    + "(\(positions.vendorLength) long counted the \(document.dialect) way); if another program wrote the file, try --dialect",
                at: place)
        }
        if let first = selection.codings.first { for note in selection.noteRefs { noteTargets[note] = .coding(id: first.guid.uuidString) } }
        guard start < end else {
            report.warnings.append("\(place): an empty selection of '\(source.name)' is not imported")
            return
        }
        for coding in selection.codings {
            for note in coding.noteRefs { noteTargets[note] = .coding(id: coding.guid.uuidString) }
            guard let codeID = codeIDByGUID[coding.code] else {
                throw ExchangeError.invalid(message: "a coding names code \(coding.code.uuidString), which the codebook does not have", at: place)
            }
            if try session.codingExists(coding.guid) {
                report.codingsAlreadyPresent += 1
                continue
            }
            let value = Coding(id: coding.guid, sourceID: id, revision: revision, span: TextSpan(start: start, end: end), codeID: codeID,
                               coderID: try coder(coding.creatingUser ?? selection.creatingUser),
                               memo: selection.description.isEmpty ? nil : selection.description,
                               createdAt: coding.creationDateTime ?? selection.creationDateTime ?? Date())
            if try session.insertCoding(value) { report.codings += 1 } else { report.codingsAlreadyPresent += 1 }
        }
    }

    // MARK: Notes and cases

    private mutating func importNotes() throws {
        for code in document.flattenedCodes() {
            for note in code.code.noteRefs { if let id = codeIDByGUID[code.code.guid] { noteTargets[note] = .code(id: id) } }
        }
        for note in document.projectNoteRefs { noteTargets[note] = .project }
        let stored = Set(try session.memos().map(\.id))
        for note in document.notes where !stored.contains(note.guid) {
            guard !note.text.isEmpty else { continue }
            let target = noteTargets[note.guid] ?? .project
            if case .coding(let codingID) = target, let uuid = UUID(uuidString: codingID), try !session.codingExists(uuid) {
                try session.insertMemo(Memo(id: note.guid, target: .project, author: try coder(note.creatingUser), text: note.text,
                                            createdAt: note.creationDateTime ?? Date()))
            } else {
                try session.insertMemo(Memo(id: note.guid, target: target, author: try coder(note.creatingUser), text: note.text,
                                            createdAt: note.creationDateTime ?? Date()))
            }
            report.memos += 1
        }
    }

    private mutating func importCases() throws {
        guard !document.cases.isEmpty else { return }
        let stored = try session.exchangeGUIDs(.studyCase)
        let existing = try session.cases()
        var byGUID: [UUID: String] = [:]
        for item in existing { byGUID[stored[item.id] ?? REFINames.derivedGUID("case:\(item.id)")] = item.id }
        var taken = Set(existing.map { $0.id.lowercased() })
        let variables = Dictionary(document.variables.map { ($0.guid, $0) }, uniquingKeysWith: { first, _ in first })
        let knownSources = Set(try session.sourceSummaries().map(\.id))
        for (offset, item) in document.cases.enumerated() {
            let name = item.name.trimmingCharacters(in: .whitespaces)
            let id: String
            if let matched = byGUID[item.guid] {
                id = matched
            } else if existing.contains(where: { $0.id == name }) {
                id = name
            } else {
                id = REFINames.unique(name.isEmpty ? "case-\(offset + 1)" : name, in: &taken)
            }
            let attributes = item.values.compactMap { value -> CaseAttribute? in
                guard let variable = variables[value.variable] else { return nil }
                switch variable.kind {
                case .text: return CaseAttribute(name: variable.name, kind: .text, value: value.value)
                case .boolean: return CaseAttribute(name: variable.name, kind: .boolean,
                                                    value: (CaseAttribute.boolean(value.value) ?? false) ? "yes" : "no")
                case .integer, .float: return CaseAttribute(name: variable.name, kind: .number, value: value.value)
                case .date, .dateTime: return CaseAttribute(name: variable.name, kind: .date, value: value.value)
                }
            }
            let sources = item.sourceRefs.compactMap { sourceIDByGUID[$0] }.filter(knownSources.contains)
            let position = existing.firstIndex { $0.id == id } ?? existing.count + offset
            try session.saveCase(StudyCase(id: id, sourceIDs: sources, attributes: attributes), position: position)
            try session.setExchangeGUID(item.guid, of: .studyCase, id: id)
            report.cases.append(id)
        }
    }
}
