import ThematicModel
import ThematicStore

extension Project {
    /// A source's revisions, oldest first, with the codings left on each.
    public func revisions(of sourceID: String) throws(ThematicError) -> [SourceRevision] {
        try history(of: sourceID).revisions
    }

    /// A source's revisions with the codings that re-anchoring left behind or flagged.
    public func history(of sourceID: String) throws(ThematicError) -> RevisionHistory {
        try read { session in
            let revisions = try session.revisions(ofSource: sourceID)
            guard let current = revisions.last else { throw ThematicError.notFound(kind: "source", id: sourceID) }
            let flags = try session.codingFlags(ofSource: sourceID)
            var leftBehind: [RevisionHistory.Entry] = []
            var flagged: [RevisionHistory.Entry] = []
            for revision in revisions where revision.codings > 0 {
                guard let transcript = try session.transcript(id: sourceID, revision: revision.revision) else { continue }
                let index = TextIndex(transcript.text)
                for coding in try session.codings(ofSource: sourceID, revision: revision.revision) {
                    let entry = RevisionHistory.Entry(coding: coding, text: String(index.slice(coding.span)), flag: flags[coding.id])
                    if revision.revision < current.revision {
                        leftBehind.append(entry)
                    } else if entry.flag != nil {
                        flagged.append(entry)
                    }
                }
            }
            return RevisionHistory(revisions: revisions, leftBehind: leftBehind, flagged: flagged)
        }
    }
}
