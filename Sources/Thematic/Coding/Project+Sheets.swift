import Foundation
import ThematicCoding
import ThematicExchange
import ThematicModel
import ThematicStore

extension Project {
    /// A coding sheet for a source: CSV with one row per utterance and the coder's whole-utterance
    /// codes (see ``CodingSheet``).
    /// - Parameters:
    ///   - sourceID: the source.
    ///   - coder: whose codes to fill in (default: the project's actor).
    public func exportSheet(source sourceID: String, coder: String? = nil) throws(ThematicError) -> String {
        let coder = coder ?? actor
        return try read { session in
            guard let revision = try session.currentRevision(ofSource: sourceID),
                  let transcript = try session.transcript(id: sourceID, revision: revision) else {
                throw ThematicError.notFound(kind: "source", id: sourceID)
            }
            let byUtterance = SheetDiff.sheetCodings(transcript, codings: try session.codings(ofSource: sourceID), coderID: coder)
            let index = TextIndex(transcript.text)
            let speakers = Dictionary(transcript.speakers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let rows = transcript.utterances.enumerated().map { number, utterance in
                let codings = byUtterance[number] ?? []
                return CodingSheet.Row(source: sourceID, revision: revision, utterance: number + 1,
                                       speaker: speakers[utterance.speakerID] ?? utterance.speakerID,
                                       start: utterance.start?.formatted(alwaysShowMilliseconds: false) ?? "",
                                       text: String(index.slice(utterance.span)), codes: codings.map(\.codeID),
                                       memo: codings.compactMap(\.memo).first ?? "", coder: coder)
            }
            return CodingSheet.csv(rows)
        }
    }

    /// Applies a filled-in coding sheet: adds and removes the coder's whole-utterance codings so
    /// that they are what the sheet says. Idempotent.
    ///
    /// Each row is checked against the revision the sheet names (its `revision` column, else the
    /// current one): its `text`, when the sheet has that column, must still be that utterance's
    /// text. A sheet made from an earlier revision is mapped onto the current one through
    /// re-anchoring (``SheetRowMapping``): a row whose utterance is unchanged applies to where that
    /// utterance is now; a row whose utterance was edited or deleted is applied only if it changes
    /// nothing, and otherwise the import is refused with every such row — never guessed.
    ///
    /// - Parameters:
    ///   - path: the sheet.
    ///   - coder: whose codings the sheet holds when its `coder` column is empty (default: the actor).
    /// - Throws: ``ThematicError/fileErrors(_:)`` listing every unknown code, grouping code,
    ///   unknown source or utterance and every row that no longer matches its transcript as
    ///   `file:line:column`; nothing is changed then.
    public func importSheet(from path: String, coder defaultCoder: String? = nil) throws(ThematicError) -> SheetImportReport {
        let rows: [CodingSheet.Row]
        do {
            rows = try CodingSheet.read(contentsOf: path)
        } catch {
            throw .exchange(error)
        }
        let coders = Set(rows.map(\.coder).filter { !$0.isEmpty })
        guard coders.count <= 1 else {
            throw .invalidRequest("\(path): the sheet names several coders (\(coders.sorted().joined(separator: ", "))); one sheet holds one coder's codes")
        }
        let coder = coders.first ?? defaultCoder ?? actor
        return try change("sheet import") { session in
            let codebook = try session.codebook()
            var sheet = SheetSources(session: session)
            var problems: [ExchangeError] = []
            var resolved: [String: [SheetDiff.Row]] = [:]
            var mustNotChange: [String: [(row: CodingSheet.Row, diffRow: SheetDiff.Row, reason: String)]] = [:]
            var report = SheetImportReport(file: path, coderID: coder)
            for row in rows {
                var ids: [String] = []
                for (number, name) in row.codes.enumerated() {
                    do {
                        let id = try CodeQuery.resolve(name, in: codebook)
                        guard codebook.code(id: id)?.isCodable == true else { throw CodingError.notCodable(id) }
                        ids.append(id)
                    } catch {
                        let place = number < row.codeLocations.count ? row.codeLocations[number] : row.codesLocation
                        problems.append(.invalid(message: "\(error)", at: place))
                    }
                }
                let hasMemo = row.memo.map { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } ?? false
                // A sheet's memo belongs to the row's codings: on a row without codes it would be lost.
                if row.codes.isEmpty, hasMemo {
                    problems.append(.invalid(
                        message: "a memo in a coding sheet belongs to the row's codes, and this row has none; add a code, or keep the note with 'thematic memo add --source \(row.source)'",
                        at: row.memoLocation ?? row.codesLocation))
                }
                let placed: SheetSources.Placement
                do {
                    placed = try sheet.place(row)
                } catch let error as ExchangeError {
                    problems.append(error)
                    continue
                }
                switch placed {
                case .utterance(let number, let moved):
                    if let moved { report.remapped.append(moved) }
                    resolved[row.source, default: []].append(SheetDiff.Row(utterance: number, codes: ids, memo: row.memo))
                case .edited(let number, let reason):
                    mustNotChange[row.source, default: []].append((row, SheetDiff.Row(utterance: number, codes: ids, memo: row.memo), reason))
                case .gone(let reason):
                    if !row.codes.isEmpty || hasMemo { problems.append(.invalid(message: reason, at: row.codesLocation)) }
                }
            }
            // A row about an edited utterance may stand only if it asks for what is already there.
            for (sourceID, entries) in mustNotChange {
                let (transcript, _) = try sheet.current(sourceID)
                let codings = try session.codings(ofSource: sourceID)
                for entry in entries where !SheetDiff(rows: [entry.diffRow], transcript: transcript, codings: codings, coderID: coder).isEmpty {
                    problems.append(.invalid(message: entry.reason, at: entry.row.codesLocation))
                }
            }
            guard problems.isEmpty else { throw ThematicError.fileErrors(problems) }
            for (sourceID, sheetRows) in resolved.sorted(by: { $0.key < $1.key }) {
                let (transcript, revision) = try sheet.current(sourceID)
                let diff = SheetDiff(rows: sheetRows, transcript: transcript, codings: try session.codings(ofSource: sourceID),
                                     coderID: coder)
                for addition in diff.added {
                    let span = transcript.utterances[addition.utterance - 1].span
                    try session.insertCoding(Coding(sourceID: sourceID, revision: revision, span: span, codeID: addition.codeID,
                                                    coderID: coder, memo: addition.memo))
                    report.added.append(.init(sourceID: sourceID, utterance: addition.utterance, codeID: addition.codeID))
                }
                report.removedMemos += try session.removeCodings(ids: diff.removed.map(\.id)).memos
                for coding in diff.removed {
                    let number = (transcript.utterances.firstIndex { $0.span == coding.span } ?? 0) + 1
                    report.removed.append(.init(sourceID: sourceID, utterance: number, codeID: coding.codeID))
                }
                for change in diff.memoChanges { try session.setCodingMemo(id: change.codingID, to: change.memo) }
                report.memosChanged += diff.memoChanges.count
            }
            guard !report.isEmpty else { return (report, nil) }
            return (report, EventDraft(summary: "imported coding sheet \((path as NSString).lastPathComponent) for \(coder): "
                                       + "\(report.added.count) added, \(report.removed.count) removed", payload: report))
        }
    }
}
