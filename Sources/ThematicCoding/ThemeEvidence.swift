import ThematicModel

/// The coded segments that show a theme: every utterance touched by a coding of one of its codes,
/// with who said it, when, and how strongly it carries the theme. What the report counts as a
/// theme's prevalence and where it draws its exemplar extracts from.
public struct ThemeEvidence: Hashable, Sendable {
    /// One utterance carrying the theme.
    public struct Segment: Hashable, Sendable {
        public var sourceID: String
        /// The 0-based index of the utterance in its transcript.
        public var index: Int
        public var speaker: Speaker
        public var start: Timecode?
        /// The extract to quote (see ``ThemeEvidence/extract(of:in:codings:maxWords:)``).
        public var text: String
        /// The theme's codes on the utterance, sorted.
        public var codes: [String]
        /// How many coders coded the utterance with one of the theme's codes.
        public var coders: Int
        /// Words in the utterance.
        public var words: Int

        /// The 1-based number `sources show` prints.
        public var number: Int { index + 1 }
    }

    /// The segments in source and text order.
    public var segments: [Segment]

    /// The rule ``exemplars(_:)`` follows, in words, for the report's readers.
    public static let exemplarRule = "Extracts chosen by rule: participants' and interpreters' turns before interviewers'; "
        + "then the turns carrying the most of the theme's codes, then those coded by the most coders, then those "
        + "closest to a quotable length (\(quotableWords.lowerBound)–\(quotableWords.upperBound) words); "
        + "at most one extract per source until every source with the theme has given one."

    /// The length of an extract a reader takes in at once, in words.
    public static let quotableWords = 12...90

    /// Collects a theme's segments.
    /// - Parameters:
    ///   - codeIDs: the theme's codes (each counts its own codings, not its subcodes').
    ///   - sources: each transcript with its codings on that revision.
    public init(codeIDs: Set<String>, sources: [(Transcript, [Coding])]) {
        segments = []
        for (transcript, codings) in sources {
            let themed = codings.filter { codeIDs.contains($0.codeID) && $0.sourceID == transcript.id }
            guard !themed.isEmpty else { continue }
            let speakers = Dictionary(transcript.speakers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var byUtterance: [Int: [Coding]] = [:]
            for coding in themed {
                for utterance in CodedUtterance.utterances(overlapping: coding.span, in: transcript.utterances) {
                    byUtterance[utterance, default: []].append(coding)
                }
            }
            let scalars = Array(transcript.text.unicodeScalars)
            for (number, codings) in byUtterance.sorted(by: { $0.key < $1.key }) {
                let utterance = transcript.utterances[number]
                let content = ThemeEvidence.text(utterance.span, in: scalars)
                segments.append(Segment(
                    sourceID: transcript.id, index: number,
                    speaker: speakers[utterance.speakerID] ?? Speaker(id: utterance.speakerID, name: utterance.speakerID, role: .other),
                    start: utterance.start,
                    text: ThemeEvidence.extract(of: utterance, in: scalars, codings: codings, maxWords: ThemeEvidence.quotableWords.upperBound),
                    codes: Set(codings.map(\.codeID)).sorted(), coders: Set(codings.map(\.coderID)).count,
                    words: ThemeEvidence.wordCount(content)))
            }
        }
    }

    /// The sources holding the theme.
    public var sourceIDs: Set<String> { Set(segments.map(\.sourceID)) }

    /// Up to `count` exemplar segments by ``exemplarRule``, best first.
    public func exemplars(_ count: Int) -> [Segment] {
        guard count > 0 else { return [] }
        let ranked = segments.sorted { lhs, rhs in
            let left = ThemeEvidence.rank(lhs), right = ThemeEvidence.rank(rhs)
            if left != right { return left.lexicographicallyPrecedes(right) }
            return (lhs.sourceID, lhs.index) < (rhs.sourceID, rhs.index)
        }
        var chosen: [Segment] = []
        var remaining = ranked
        while chosen.count < count, !remaining.isEmpty {
            var usedThisRound = Set<String>()
            var leftOver: [Segment] = []
            for segment in remaining {
                if chosen.count < count, !usedThisRound.contains(segment.sourceID) {
                    chosen.append(segment)
                    usedThisRound.insert(segment.sourceID)
                } else {
                    leftOver.append(segment)
                }
            }
            remaining = leftOver
        }
        return chosen
    }

    /// Smaller ranks first: voice, codes carried, coders, distance from a quotable length.
    private static func rank(_ segment: Segment) -> [Int] {
        let voice = segment.speaker.role == .participant || segment.speaker.role == .interpreter ? 0 : 1
        let distance = segment.words < quotableWords.lowerBound ? quotableWords.lowerBound - segment.words
            : max(0, segment.words - quotableWords.upperBound)
        return [voice, -segment.codes.count, -segment.coders, distance]
    }

    /// What to quote of an utterance: all of it when it is short enough; otherwise the sentences
    /// the codings touch, with `[…]` where the utterance goes on.
    static func extract(of utterance: Utterance, in scalars: [Unicode.Scalar], codings: [Coding], maxWords: Int) -> String {
        let content = utterance.span
        let whole = text(content, in: scalars)
        guard wordCount(whole) > maxWords else { return whole }
        let starts = codings.map { max($0.span.start, content.start) }
        let ends = codings.map { min($0.span.end, content.end) }
        guard let first = starts.min(), let last = ends.max(), first < last else { return whole }
        let around = SentenceBoundary.sentence(around: TextSpan(start: first, end: last), within: content, scalars: scalars)
        var extract = text(around, in: scalars)
        if around.start > content.start { extract = "[…] " + extract }
        if around.end < content.end { extract += " […]" }
        return extract
    }

    /// The scalars of a span as a string.
    static func text(_ span: TextSpan, in scalars: [Unicode.Scalar]) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[min(span.start, scalars.count)..<min(span.end, scalars.count)])
        return result
    }

    /// White-space separated words.
    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).count
    }
}
