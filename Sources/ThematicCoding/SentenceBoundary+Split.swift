import ThematicModel

extension SentenceBoundary {
    /// The sentences of an utterance's content, in order, each without surrounding spaces; the same
    /// boundaries as the `sentence` unit of auto-coding rules.
    /// - Parameters:
    ///   - content: the utterance's content span.
    ///   - scalars: the canonical text's scalars.
    public static func sentences(in content: TextSpan, scalars: [Unicode.Scalar]) -> [TextSpan] {
        var sentences: [TextSpan] = []
        var start = content.start
        func close(at end: Int) {
            var first = start, last = end
            while first < last, scalars[first].properties.isWhitespace { first += 1 }
            while last > first, scalars[last - 1].properties.isWhitespace { last -= 1 }
            if first < last { sentences.append(TextSpan(start: first, end: last)) }
        }
        var offset = content.start + 1
        while offset < content.end {
            if isBoundary(before: offset, scalars: scalars, floor: content.start) {
                close(at: offset)
                start = offset
            }
            offset += 1
        }
        close(at: content.end)
        return sentences
    }
}
