import Foundation
import ThematicCoding
import ThematicModel
import ThematicStore

extension Project {
    /// Moves the codings of a source's previous revision onto its new revision, inside an ingest's transaction.
    ///
    /// Unchanged codings move; codings whose text was edited move and are flagged `edited`;
    /// codings whose text is gone stay on the old revision and are listed — none is dropped; two
    /// codings that become the same are merged, with both codings' memos kept on the one that stays.
    static func reAnchor(_ session: StoreSession, sourceID: String, from old: Transcript, fromRevision: Int,
                         to new: Transcript, toRevision: Int) throws -> ReAnchorReport {
        var report = ReAnchorReport(sourceID: sourceID, fromRevision: fromRevision, toRevision: toRevision)
        let codings = try session.codings(ofSource: sourceID, revision: fromRevision)
        guard !codings.isEmpty else { return report }
        let anchoring = ReAnchoring(old: old.text, new: new.text)
        let oldIndex = TextIndex(old.text)
        // Two codings that became one: the one that goes hands its memos to the one that stays.
        func merge(_ id: UUID, into survivor: UUID) throws {
            try session.foldMemos(of: id, into: survivor)
            try session.deleteCodings(ids: [id])
            report.merged += 1
        }
        for coding in codings {
            let entry = { (span: TextSpan?) in
                ReAnchorReport.Entry(codingID: coding.id, codeID: coding.codeID, coderID: coding.coderID,
                                     oldSpan: coding.span, newSpan: span, oldText: String(oldIndex.slice(coding.span)))
            }
            switch anchoring.anchor(coding.span) {
            case .moved(let span):
                if let survivor = try session.moveCoding(id: coding.id, toRevision: toRevision, span: span, flag: nil) {
                    try merge(coding.id, into: survivor)
                } else {
                    report.moved += 1
                }
            case .edited(let span):
                if let survivor = try session.moveCoding(id: coding.id, toRevision: toRevision, span: span,
                                                         flag: "edited in revision \(toRevision)") {
                    try merge(coding.id, into: survivor)
                } else {
                    report.edited.append(entry(span))
                }
            case .lost:
                report.lost.append(entry(nil))
            }
        }
        return report
    }
}
