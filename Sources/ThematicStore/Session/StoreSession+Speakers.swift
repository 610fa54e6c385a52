import GRDB
import ThematicModel

extension StoreSession {
    /// Changes a speaker's name and role in one revision of a source (the transcript text, with
    /// its labels as written, stays as ingested).
    public func updateSpeaker(sourceID: String, revision: Int, _ speaker: Speaker) throws {
        try db.execute(sql: "UPDATE speakers SET name = ?, role = ? WHERE source_id = ? AND revision = ? AND id = ?",
                       arguments: [speaker.name, speaker.role.rawValue, sourceID, revision, speaker.id])
        guard db.changesCount == 1 else { throw StoreError.notFound(kind: "speaker", id: speaker.id) }
    }
}
