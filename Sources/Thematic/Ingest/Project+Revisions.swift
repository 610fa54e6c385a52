import ThematicModel
import ThematicStore

extension Project {
    /// A source's revisions, oldest first, with the codings left on each.
    public func revisions(of sourceID: String) throws(ThematicError) -> [SourceRevision] {
        let revisions = try read { try $0.revisions(ofSource: sourceID) }
        guard !revisions.isEmpty else { throw .notFound(kind: "source", id: sourceID) }
        return revisions
    }
}
