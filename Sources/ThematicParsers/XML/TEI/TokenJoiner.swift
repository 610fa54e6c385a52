/// Rebuilds running text from tokenised transcripts (TEI `<w>`/`<pc>` with nothing between them).
///
/// Text written between tags is kept as written; where two tokens touch without white space, a
/// space goes between them, except before closing punctuation (`, . ; : ! ? ) ] }` …) and after
/// opening punctuation (`( [ {` and opening quotes).
struct TokenJoiner {
    private(set) var text = ""
    /// Whether the last thing added was a whole token, so the next token needs a separator.
    private var afterToken = false

    /// Adds character data written between tags (kept as written).
    mutating func appendText(_ piece: String) {
        guard !piece.isEmpty else { return }
        if afterToken, let first = piece.unicodeScalars.first, !TranscriptBuilder.isLayoutSpace(first) {
            separate(before: first)
        }
        text += piece
        afterToken = false
    }

    /// Marks a token boundary: the end of a `<w>`, `<pc>`, `<seg>` or a non-verbal event.
    mutating func endToken() {
        afterToken = true
    }

    private mutating func separate(before first: Unicode.Scalar) {
        guard let last = text.unicodeScalars.last, !TranscriptBuilder.isLayoutSpace(last) else { return }
        if TokenJoiner.closing.contains(first) || TokenJoiner.opening.contains(last) { return }
        text += " "
    }

    private static let closing: Set<Unicode.Scalar> = [",", ".", ";", ":", "!", "?", ")", "]", "}", "…", "”", "»", "’", "%", "،", "。", "、"]
    private static let opening: Set<Unicode.Scalar> = ["(", "[", "{", "“", "«", "„", "‘", "¿", "¡"]
}
