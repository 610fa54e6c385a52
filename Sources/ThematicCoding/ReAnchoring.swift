import ThematicModel

/// Moves spans from an old text to a corrected new text by diffing the two (Myers' algorithm, as
/// the standard library's `difference(from:)` implements it) on words, runs of spaces and single
/// punctuation marks — small enough that a coding keeps its exact edges, large enough to stay fast.
public struct ReAnchoring: Sendable {
    /// Where a span of the old text is in the new one.
    public enum Outcome: Hashable, Sendable {
        /// The span's text is unchanged; it may have moved.
        case moved(TextSpan)
        /// Text inside the span (or at its edges) was edited, inserted or deleted; this is where
        /// what is left of it now is.
        case edited(TextSpan)
        /// All of the span's text was deleted.
        case lost
    }

    private let oldStarts: [Int]
    private let newStarts: [Int]
    /// For each old token, the new token it became (`nil`: deleted).
    private let oldToNew: [Int?]
    /// For each scalar of the new text, whether it is white space (to trim edited spans).
    private let newIsSpace: [Bool]

    /// Diffs the two texts.
    public init(old: String, new: String) {
        let (oldTokens, oldStarts) = ReAnchoring.tokens(old)
        let (newTokens, newStarts) = ReAnchoring.tokens(new)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in newTokens.difference(from: oldTokens) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var map = [Int?](repeating: nil, count: oldTokens.count)
        var i = 0, j = 0
        while i < oldTokens.count {
            if removed.contains(i) {
                i += 1
            } else if inserted.contains(j) {
                j += 1
            } else {
                map[i] = j
                i += 1
                j += 1
            }
        }
        self.oldStarts = oldStarts
        self.newStarts = newStarts
        self.oldToNew = map
        self.newIsSpace = new.unicodeScalars.map(\.properties.isWhitespace)
    }

    /// Where a span of the old text lies in the new text.
    public func anchor(_ span: TextSpan) -> Outcome {
        guard !span.isEmpty, !oldStarts.isEmpty, span.start < oldStarts[oldStarts.count - 1] else { return .lost }
        let first = token(containing: span.start)
        let last = token(containing: span.end - 1)
        var kept: [Int] = []
        var edited = false
        for token in first...last {
            if let mapped = oldToNew[token] {
                if let previous = kept.last, oldToNew[previous]! + 1 != mapped { edited = true }
                kept.append(token)
            } else {
                edited = true
            }
        }
        guard let head = kept.first, let tail = kept.last else { return .lost }
        // An edge token that was replaced: the span takes in what replaced it, up to the nearest
        // unchanged token outside the span.
        let start = head == first
            ? newStarts[oldToNew[head]!] + span.start - oldStarts[first]
            : (stride(from: first - 1, through: 0, by: -1).lazy.compactMap { self.oldToNew[$0] }.first.map { self.newStarts[$0 + 1] } ?? 0)
        let end = tail == last
            ? newStarts[oldToNew[tail]!] + span.end - oldStarts[last]
            : ((last + 1)..<oldToNew.count).lazy.compactMap { self.oldToNew[$0] }.first.map { self.newStarts[$0] } ?? newStarts[newStarts.count - 1]
        guard start < end else { return .lost }
        guard edited else { return .moved(TextSpan(start: start, end: end)) }
        // What an edit leaves at the edges may be the space before or after a replaced word.
        var (lower, upper) = (start, end)
        while lower < upper, newIsSpace[lower] { lower += 1 }
        while upper > lower, newIsSpace[upper - 1] { upper -= 1 }
        guard lower < upper else { return .lost }
        let moved = TextSpan(start: lower, end: upper)
        return .edited(moved)
    }

    private func token(containing offset: Int) -> Int {
        var low = 0, high = oldStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if oldStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Splits a text into tokens; `starts` has one more entry, the text's length.
    static func tokens(_ text: String) -> (tokens: [String], starts: [Int]) {
        enum Kind { case word, space, other }
        func kind(_ scalar: Unicode.Scalar) -> Kind {
            if scalar.properties.isWhitespace { return .space }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar.properties.generalCategory == .nonspacingMark { return .word }
            return .other
        }
        var tokens: [String] = []
        var starts: [Int] = []
        var current = String.UnicodeScalarView()
        var currentKind: Kind?
        var offset = 0
        for scalar in text.unicodeScalars {
            let k = kind(scalar)
            // A newline is a token of its own so that line edits stay local.
            if k != currentKind || k == .other || scalar == "\n" || current.last == "\n" {
                if !current.isEmpty { tokens.append(String(current)) }
                current = String.UnicodeScalarView()
                starts.append(offset)
                currentKind = k
            }
            current.append(scalar)
            offset += 1
        }
        if !current.isEmpty { tokens.append(String(current)) }
        starts.append(offset)
        return (tokens, starts)
    }
}
