import ThematicModel

/// Where the utterances of the revision a coding sheet was made from are in the source's current
/// revision, found through the same re-anchoring that moves codings onto a corrected transcript.
///
/// An utterance maps only when its whole text is unchanged and lands exactly on one utterance of
/// the current revision; an utterance whose text was edited or deleted does not map, and a sheet
/// row about it is applied only when it would change nothing — never guessed onto another line.
public struct SheetRowMapping: Sendable {
    /// Where one utterance of the sheet's revision is now.
    public enum Target: Hashable, Sendable {
        /// Unchanged text, now this 1-based utterance of the current revision.
        case same(Int)
        /// Its text was edited; what is left of it is exactly this 1-based current utterance.
        case edited(Int)
        /// Its text was edited and no longer lines up with a single utterance.
        case split
        /// Its text is gone from the current revision.
        case deleted
    }

    /// For each 0-based utterance of the old revision, where it is now.
    public let targets: [Target]

    /// Maps every utterance of `old` into `new`.
    public init(old: Transcript, new: Transcript) {
        guard old.text != new.text else {
            targets = old.utterances.indices.map { .same($0 + 1) }
            return
        }
        let anchoring = ReAnchoring(old: old.text, new: new.text)
        var bySpan: [TextSpan: Int] = [:]
        for (index, utterance) in new.utterances.enumerated() where bySpan[utterance.span] == nil {
            bySpan[utterance.span] = index + 1
        }
        targets = old.utterances.map { utterance -> Target in
            guard !utterance.span.isEmpty else { return .deleted }
            switch anchoring.anchor(utterance.span) {
            case .moved(let span): return bySpan[span].map(Target.same) ?? .split
            case .edited(let span): return bySpan[span].map(Target.edited) ?? .split
            case .lost: return .deleted
            }
        }
    }

    /// Where a 1-based utterance of the old revision is now (`nil`: the old revision has no such utterance).
    public func target(ofUtterance number: Int) -> Target? {
        number >= 1 && number <= targets.count ? targets[number - 1] : nil
    }
}
