import ThematicModel

/// Finds every occurrence of many keywords and phrases in one pass over a text (Aho–Corasick),
/// case- and diacritic-insensitively, as whole words; a keyword ending in `*` matches any word
/// ending (`trust*`: trust, trusted, trustworthy).
///
/// The time to scan grows with the length of the text and the number of hits, not with the
/// number of keywords, so a dictionary of tens of thousands of terms stays fast.
public struct KeywordMatcher: Sendable {
    /// One occurrence of a keyword.
    public struct Match: Hashable, Sendable {
        /// The keyword's position in the list given to ``init(keywords:)``.
        public var keyword: Int
        /// Where it occurs, in Unicode scalar offsets of the original text.
        public var span: TextSpan
    }

    private struct Pattern: Sendable {
        var length: Int
        var wildcard: Bool
        var startsWithWord: Bool
        var endsWithWord: Bool
    }

    private var transitions: [UInt64: Int32] = [:]
    private var failure: [Int32] = [0]
    /// The keywords ending at each node.
    private var outputs: [[Int32]] = [[]]
    /// The nearest node on the failure chain that has outputs (-1: none).
    private var outputLink: [Int32] = [-1]
    private var patterns: [Pattern] = []
    /// The complete automaton for ASCII: the next node for every node and ASCII scalar, failure
    /// links already followed (`node << 7 | scalar`). Most scalars of most transcripts are ASCII,
    /// and one array read each replaced a hash look-up per scalar plus one per failure link.
    private var asciiNext: [Int32] = []

    /// Builds the matcher. Empty keywords (or a lone `*`) never match.
    public init(keywords: [String]) {
        for keyword in keywords {
            var text = keyword
            let wildcard = text.hasSuffix("*")
            if wildcard { text.removeLast() }
            let folded = FoldedText.fold(pattern: text)
            patterns.append(Pattern(length: folded.count, wildcard: wildcard,
                                    startsWithWord: folded.first.map(FoldedText.isWordScalar) ?? false,
                                    endsWithWord: folded.last.map(FoldedText.isWordScalar) ?? false))
            guard !folded.isEmpty else { continue }
            var node: Int32 = 0
            for value in folded {
                let key = KeywordMatcher.key(node, value)
                if let next = transitions[key] {
                    node = next
                } else {
                    let next = Int32(failure.count)
                    failure.append(0)
                    outputs.append([])
                    outputLink.append(-1)
                    transitions[key] = next
                    node = next
                }
            }
            outputs[Int(node)].append(Int32(patterns.count - 1))
        }
        buildFailureLinks()
    }

    /// Fills ``asciiNext`` in breadth-first order, so a node's failure target is always done first.
    private mutating func buildASCIITable(order: [Int32]) {
        asciiNext = Array(repeating: 0, count: failure.count << 7)
        for node in [0] + order {
            let base = Int(node) << 7
            let fallback = Int(failure[Int(node)]) << 7
            for value in 0..<128 {
                if let next = transitions[KeywordMatcher.key(node, UInt32(value))] {
                    asciiNext[base | value] = next
                } else if node != 0 {
                    asciiNext[base | value] = asciiNext[fallback | value]
                }
            }
        }
    }

    private static func key(_ node: Int32, _ value: UInt32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(value)
    }

    private mutating func buildFailureLinks() {
        var children: [[(UInt32, Int32)]] = Array(repeating: [], count: failure.count)
        for (key, child) in transitions {
            children[Int(key >> 32)].append((UInt32(truncatingIfNeeded: key), child))
        }
        var queue: [Int32] = children[0].map(\.1)
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (value, child) in children[Int(node)] {
                var fallback = failure[Int(node)]
                var target: Int32 = 0
                while true {
                    if node != 0, let next = transitions[KeywordMatcher.key(fallback, value)], next != child {
                        target = next
                        break
                    }
                    if fallback == 0 { break }
                    fallback = failure[Int(fallback)]
                }
                failure[Int(child)] = target
                outputLink[Int(child)] = outputs[Int(target)].isEmpty ? outputLink[Int(target)] : target
                queue.append(child)
            }
        }
        // 512 bytes a node: up to 100,000 nodes (dictionaries of some 15,000 terms) that is at most 51 MB.
        if failure.count <= KeywordMatcher.maximumTableNodes { buildASCIITable(order: queue) }
    }

    /// The most nodes the ASCII table is built for; larger automata look transitions up by hash.
    static let maximumTableNodes = 100_000

    /// Every whole-word occurrence of every keyword in a folded text, in text order.
    public func matches(in text: FoldedText) -> [Match] {
        var result: [Match] = []
        var node: Int32 = 0
        let scalars = text.scalars
        for position in scalars.indices {
            let value = scalars[position]
            if value < 128, !asciiNext.isEmpty {
                node = asciiNext[Int(node) << 7 | Int(value)]
            } else {
                node = next(from: node, on: value)
            }
            var reporting = outputs[Int(node)].isEmpty ? outputLink[Int(node)] : node
            while reporting > 0 {
                for keyword in outputs[Int(reporting)] {
                    if let match = accept(Int(keyword), endingAt: position, in: text) { result.append(match) }
                }
                reporting = outputLink[Int(reporting)]
            }
        }
        return result
    }

    /// The node after `node` on `value`, following failure links (the automaton without the table).
    private func next(from node: Int32, on value: UInt32) -> Int32 {
        var node = node
        while true {
            if let next = transitions[KeywordMatcher.key(node, value)] { return next }
            if node == 0 { return 0 }
            node = failure[Int(node)]
        }
    }

    /// Checks word boundaries (and extends a wildcard to the end of its word).
    private func accept(_ keyword: Int, endingAt last: Int, in text: FoldedText) -> Match? {
        let pattern = patterns[keyword]
        let start = last - pattern.length + 1
        if pattern.startsWithWord, start > 0, text.isWord[start - 1] { return nil }
        var end = last + 1
        if pattern.wildcard {
            while end < text.isWord.count, text.isWord[end] { end += 1 }
        } else if pattern.endsWithWord, end < text.isWord.count, text.isWord[end] {
            return nil
        }
        let span = text.originalSpan(from: start, to: end)
        return Match(keyword: keyword, span: TextSpan(start: span.start, end: span.end))
    }
}
