import ThematicModel

/// Where sentences start and end inside an utterance: after `.`, `!`, `?` or `…` (with any
/// closing quotes or brackets) followed by a space.
public enum SentenceBoundary {
    private static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…"]
    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]"]

    /// The sentence holding `match`, clipped to `content`, without surrounding spaces; when the
    /// match itself spans a sentence end, the sentences it touches.
    static func sentence(around match: TextSpan, within content: TextSpan, scalars: [Unicode.Scalar]) -> TextSpan {
        var start = match.start
        while start > content.start, !isBoundary(before: start, scalars: scalars, floor: content.start) { start -= 1 }
        var end = max(match.end, start)
        while end < content.end, !isBoundary(before: end, scalars: scalars, floor: content.start) { end += 1 }
        // `end` sits at the start of the next sentence (after the space): step back over spaces.
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        return TextSpan(start: start, end: end)
    }

    /// Whether a sentence starts at `offset`: a space precedes it and a terminator (with
    /// optional closers) precedes the space.
    static func isBoundary(before offset: Int, scalars: [Unicode.Scalar], floor: Int) -> Bool {
        guard offset - 2 >= floor, scalars[offset - 1].properties.isWhitespace else { return false }
        var position = offset - 2
        while position > floor, closers.contains(scalars[position]) { position -= 1 }
        return terminators.contains(scalars[position])
    }
}
