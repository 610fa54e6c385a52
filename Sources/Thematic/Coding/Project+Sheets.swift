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
            guard let transcript = try session.transcript(id: sourceID) else {
                throw ThematicError.notFound(kind: "source", id: sourceID)
            }
            let byUtterance = SheetDiff.sheetCodings(transcript, codings: try session.codings(ofSource: sourceID), coderID: coder)
            let index = TextIndex(transcript.text)
            let speakers = Dictionary(transcript.speakers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let rows = transcript.utterances.enumerated().map { number, utterance in
                let codings = byUtterance[number] ?? []
                return CodingSheet.Row(source: sourceID, utterance: number + 1,
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
    /// The coder is the sheet's `coder` column where filled in, else the project's actor.
    /// - Throws: ``ThematicError/fileErrors(_:)`` listing every unknown code, grouping code,
    ///   unknown source or utterance as `file:line:column`; nothing is changed then.
    public func importSheet(from path: String) throws(ThematicError) -> SheetImportReport {
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
        let coder = coders.first ?? actor
        return try change("sheet import") { session in
            let codebook = try session.codebook()
            var problems: [ExchangeError] = []
            var resolved: [String: [SheetDiff.Row]] = [:]
            var transcripts: [String: Transcript] = [:]
            for row in rows {
                if transcripts[row.source] == nil {
                    guard let transcript = try session.transcript(id: row.source) else {
                        problems.append(.invalid(message: "no source '\(row.source)' in this project", at: row.codesLocation))
                        continue
                    }
                    transcripts[row.source] = transcript
                }
                guard row.utterance <= transcripts[row.source]!.utterances.count else {
                    problems.append(.invalid(message: "source '\(row.source)' has no utterance \(row.utterance)", at: row.codesLocation))
                    continue
                }
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
                // A sheet's memo belongs to the row's codings: on a row without codes it would be lost.
                if row.codes.isEmpty, let memo = row.memo, !memo.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    problems.append(.invalid(
                        message: "a memo in a coding sheet belongs to the row's codes, and this row has none; add a code, or keep the note with 'thematic memo add --source \(row.source)'",
                        at: row.memoLocation ?? row.codesLocation))
                }
                resolved[row.source, default: []].append(SheetDiff.Row(utterance: row.utterance, codes: ids, memo: row.memo))
            }
            guard problems.isEmpty else { throw ThematicError.fileErrors(problems) }
            var report = SheetImportReport(file: path, coderID: coder)
            for (sourceID, sheetRows) in resolved.sorted(by: { $0.key < $1.key }) {
                let transcript = transcripts[sourceID]!
                let revision = try session.currentRevision(ofSource: sourceID)!
                let diff = SheetDiff(rows: sheetRows, transcript: transcript, codings: try session.codings(ofSource: sourceID),
                                     coderID: coder)
                for addition in diff.added {
                    let span = transcript.utterances[addition.utterance - 1].span
                    try session.insertCoding(Coding(sourceID: sourceID, revision: revision, span: span, codeID: addition.codeID,
                                                    coderID: coder, memo: addition.memo))
                    report.added.append(.init(sourceID: sourceID, utterance: addition.utterance, codeID: addition.codeID))
                }
                try session.deleteCodings(ids: diff.removed.map(\.id))
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
