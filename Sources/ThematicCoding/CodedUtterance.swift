import ThematicModel

/// An utterance with the codes of the codings that touch it: the unit queries and the
/// utterance-level co-occurrence work on.
public struct CodedUtterance: Hashable, Sendable {
    public var sourceID: String
    /// The 0-based index of the utterance in its transcript.
    public var index: Int
    /// The codes of the codings overlapping the utterance's content.
    public var codes: Set<String>

    /// The 1-based number `sources show` prints and `code P01:N` takes.
    public var number: Int { index + 1 }

    /// Every utterance of a transcript with the codes touching it.
    /// - Parameters:
    ///   - transcript: a revision of a source.
    ///   - codings: codings on that revision (others are ignored).
    public static func all(in transcript: Transcript, codings: [Coding]) -> [CodedUtterance] {
        var result = transcript.utterances.indices.map { CodedUtterance(sourceID: transcript.id, index: $0, codes: []) }
        for coding in codings where coding.sourceID == transcript.id {
            for index in utterances(overlapping: coding.span, in: transcript.utterances) {
                result[index].codes.insert(coding.codeID)
            }
        }
        return result
    }

    /// The indices of the utterances whose content overlaps `span`.
    public static func utterances(overlapping span: TextSpan, in utterances: [Utterance]) -> Range<Int> {
        var low = 0, high = utterances.count
        while low < high {
            let middle = (low + high) / 2
            if utterances[middle].span.end <= span.start { low = middle + 1 } else { high = middle }
        }
        var upper = low
        while upper < utterances.count, utterances[upper].span.start < span.end { upper += 1 }
        // An utterance with empty content overlaps nothing.
        while low < upper, !utterances[low].span.overlaps(span) { low += 1 }
        return low..<upper
    }
}
