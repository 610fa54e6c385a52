import Thematic

/// What re-anchoring did, as `ingest` prints it under a new revision.
enum ReAnchorText {
    static func lines(_ report: ReAnchorReport) -> [String] {
        var lines = ["  codings re-anchored from revision \(report.fromRevision): \(report.moved) moved unchanged, "
                     + "\(report.edited.count) edited (flagged), \(report.lost.count) deleted (kept in revision \(report.fromRevision))"
                     + (report.merged > 0 ? ", \(report.merged) merged with an identical coding" : "")]
        for entry in report.edited {
            lines.append("  ~ \(entry.codeID) by \(entry.coderID): text edited, now at \(entry.newSpan.map { "@\($0.start)-\($0.end)" } ?? "?")")
        }
        for entry in report.lost {
            lines.append("  ! \(entry.codeID) by \(entry.coderID): text deleted, kept in revision \(report.fromRevision): \"\(entry.oldText.prefix(80))\"")
        }
        return lines
    }
}
