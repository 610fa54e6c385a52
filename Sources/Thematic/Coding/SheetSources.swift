import Foundation
import ThematicCoding
import ThematicExchange
import ThematicModel
import ThematicStore

/// Finds where each row of a coding sheet belongs in its source's current revision, inside one
/// sheet import: checks the row's text against the revision the sheet was made from and maps it
/// through re-anchoring when that revision is no longer the current one.
struct SheetSources {
    /// Where a row applies.
    enum Placement {
        /// This 1-based utterance of the current revision; `moved` when it had another number in
        /// the sheet's revision.
        case utterance(Int, moved: SheetImportReport.Remap?)
        /// The row's utterance was edited since the sheet was made; what is left of it is this
        /// current utterance. The row may only confirm what is stored there (`reason` otherwise).
        case edited(Int, reason: String)
        /// The row's utterance is gone or split; the row may not ask for anything (`reason` otherwise).
        case gone(reason: String)
    }

    let session: StoreSession
    private var revisions: [String: Int] = [:]
    private var transcripts: [String: [Int: Transcript]] = [:]
    private var mappings: [String: [Int: SheetRowMapping]] = [:]

    init(session: StoreSession) {
        self.session = session
    }

    /// The current revision of a source and its number.
    mutating func current(_ sourceID: String) throws -> (Transcript, Int) {
        let revision = try currentRevision(sourceID)
        return (try transcript(sourceID, revision: revision)!, revision)
    }

    private mutating func currentRevision(_ sourceID: String) throws -> Int {
        if let known = revisions[sourceID] { return known }
        guard let revision = try session.currentRevision(ofSource: sourceID) else {
            throw ThematicError.notFound(kind: "source", id: sourceID)
        }
        revisions[sourceID] = revision
        return revision
    }

    private mutating func transcript(_ sourceID: String, revision: Int) throws -> Transcript? {
        if let known = transcripts[sourceID]?[revision] { return known }
        let loaded = try session.transcript(id: sourceID, revision: revision)
        transcripts[sourceID, default: [:]][revision] = loaded
        return loaded
    }

    /// Where a row applies.
    /// - Throws: ``ExchangeError`` at the row when its source, revision or utterance does not
    ///   exist, or its text is not the text of the utterance it names.
    mutating func place(_ row: CodingSheet.Row) throws -> Placement {
        let current: Int
        do {
            current = try currentRevision(row.source)
        } catch {
            throw ExchangeError.invalid(message: "no source '\(row.source)' in this project", at: row.codesLocation)
        }
        let place = row.textLocation ?? row.codesLocation
        if row.revision == nil, row.textLocation == nil, current > 1 {
            throw ExchangeError.invalid(
                message: "the sheet says neither which revision of '\(row.source)' it was made from nor the text of its rows, "
                    + "and '\(row.source)' has \(current) revisions; export a new sheet ('thematic sheet export \(row.source)')",
                at: row.codesLocation)
        }
        let revision = row.revision ?? current
        guard revision <= current, let made = try transcript(row.source, revision: revision) else {
            throw ExchangeError.invalid(message: "source '\(row.source)' has no revision \(revision) (its current revision is \(current))",
                                        at: place)
        }
        guard row.utterance <= made.utterances.count else {
            throw ExchangeError.invalid(message: "source '\(row.source)' has no utterance \(row.utterance) in revision \(revision)",
                                        at: row.codesLocation)
        }
        let text = String(TextIndex(made.text).slice(made.utterances[row.utterance - 1].span))
        if row.textLocation != nil, SheetSources.normalised(row.text) != SheetSources.normalised(text) {
            throw ExchangeError.invalid(
                message: "this row's text is not the text of \(row.source):\(row.utterance) in revision \(revision) "
                    + "(\(SheetSources.quoted(text))); a sheet's rows must keep their text so that each stays on its line",
                at: place)
        }
        guard revision < current else { return .utterance(row.utterance, moved: nil) }
        if mappings[row.source]?[revision] == nil {
            let (now, _) = try self.current(row.source)
            mappings[row.source, default: [:]][revision] = SheetRowMapping(old: made, new: now)
        }
        let what = "\(row.source):\(row.utterance) of revision \(revision) (\(SheetSources.quoted(text)))"
        let advice = "export a new sheet ('thematic sheet export \(row.source)') and copy this row's codes onto it"
        switch mappings[row.source]![revision]!.target(ofUtterance: row.utterance)! {
        case .same(let number):
            return .utterance(number, moved: .init(sourceID: row.source, fromRevision: revision, fromUtterance: row.utterance,
                                                   toRevision: current, toUtterance: number))
        case .edited(let number):
            return .edited(number, reason: "\(what) was edited in a later revision (now \(row.source):\(number) of revision \(current)), "
                           + "and this row would change its codes or memo; \(advice)")
        case .split:
            return .gone(reason: "\(what) was edited in a later revision and no longer is one utterance, so this row's codes "
                         + "cannot be placed; \(advice)")
        case .deleted:
            return .gone(reason: "\(what) was deleted in a later revision (\(current)), so this row's codes cannot be placed; "
                         + "its codings stay on revision \(revision) ('thematic sources revisions \(row.source)')")
        }
    }

    /// Text compared without the white space a spreadsheet program may add or drop at the ends.
    private static func normalised(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func quoted(_ text: String) -> String {
        let short = text.unicodeScalars.count > 60 ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(57))) + "…" : text
        return "\"\(short)\""
    }
}
