import Foundation
import ThematicModel
import ThematicStore

/// What `speakers set` changed.
public struct SpeakerChange: Sendable, Hashable, Codable {
    public var sourceID: String
    public var revision: Int
    public var before: Speaker
    public var after: Speaker
}

extension Project {
    /// The speakers of a source's current revision, each with how many utterances they have.
    public func speakers(source sourceID: String) throws(ThematicError) -> [(speaker: Speaker, utterances: Int)] {
        let transcript = try transcript(id: sourceID)
        let counts = Dictionary(grouping: transcript.utterances, by: \.speakerID).mapValues(\.count)
        return transcript.speakers.map { ($0, counts[$0.id] ?? 0) }
    }

    /// Changes the role or display name of a speaker of a source's current revision, as one
    /// recorded change (roles decide what `--role` filters, auto-coding rules and matrices see).
    /// - Parameters:
    ///   - label: the speaker's id (the label as written) or name, in any case.
    ///   - role: the new role, if it changes.
    ///   - name: the new display name, if it changes.
    /// - Throws: ``ThematicError/notFound(kind:id:)`` for an unknown source or speaker,
    ///   ``ThematicError/invalidRequest(_:)`` when the label names several speakers or nothing is asked.
    public func setSpeaker(source sourceID: String, label: String, role: SpeakerRole? = nil,
                           name: String? = nil) throws(ThematicError) -> SpeakerChange {
        guard role != nil || name != nil else { throw .invalidRequest("say what changes: --role and/or --name") }
        if let name, name.trimmingCharacters(in: .whitespaces).isEmpty { throw .invalidRequest("a speaker's name cannot be empty") }
        return try change("speakers set") { session in
            guard let revision = try session.currentRevision(ofSource: sourceID),
                  let transcript = try session.transcript(id: sourceID, revision: revision) else {
                throw ThematicError.notFound(kind: "source", id: sourceID)
            }
            let folded = label.lowercased()
            var matches = transcript.speakers.filter { $0.id == label }
            if matches.isEmpty { matches = transcript.speakers.filter { $0.id.lowercased() == folded || $0.name.lowercased() == folded } }
            guard matches.count == 1, let before = matches.first else {
                if matches.isEmpty {
                    throw ThematicError.invalidRequest("source '\(sourceID)' has no speaker '\(label)'; its speakers: "
                                                       + transcript.speakers.map(\.id).joined(separator: ", "))
                }
                throw ThematicError.invalidRequest("'\(label)' names several speakers of '\(sourceID)': "
                                                   + matches.map(\.id).joined(separator: ", "))
            }
            var after = before
            if let role { after.role = role }
            if let name { after.name = name.trimmingCharacters(in: .whitespaces) }
            let change = SpeakerChange(sourceID: sourceID, revision: revision, before: before, after: after)
            guard after != before else { return (change, nil) }
            try session.updateSpeaker(sourceID: sourceID, revision: revision, after)
            var parts: [String] = []
            if after.role != before.role { parts.append("role \(before.role.rawValue) → \(after.role.rawValue)") }
            if after.name != before.name { parts.append("name \(before.name) → \(after.name)") }
            return (change, EventDraft(summary: "speaker \(before.id) of \(sourceID) (revision \(revision)): "
                                       + parts.joined(separator: ", "), payload: change))
        }
    }
}
