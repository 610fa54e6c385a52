import ThematicModel

/// Applies auto-coding rules to transcripts.
///
/// The keywords of all rules go into one ``KeywordMatcher``, so the text is scanned once however
/// many rules and terms there are; regular expressions run per utterance. Rules with a
/// `within` code see the codings already in the project and those the other rules make in the
/// same run.
public struct AutoCoder {
    private let rules: [AutoCodingRule]
    private let matcher: KeywordMatcher
    /// For each keyword of the matcher, the rules it belongs to.
    private let keywordRules: [[Int]]
    private let regexes: [[Regex<AnyRegexOutput>]]

    /// Prepares the rules.
    /// - Throws: ``CodingError/invalidPattern(ruleID:pattern:message:)`` for a pattern that does
    ///   not compile, ``CodingError/invalidRule(ruleID:message:)`` for a rule with nothing to match.
    public init(rules: [AutoCodingRule]) throws(CodingError) {
        var keywords: [String] = []
        var keywordIndex: [String: Int] = [:]
        var keywordRules: [[Int]] = []
        var regexes: [[Regex<AnyRegexOutput>]] = []
        for (ruleIndex, rule) in rules.enumerated() {
            guard !rule.keywords.isEmpty || !rule.patterns.isEmpty else {
                throw .invalidRule(ruleID: rule.id, message: "has no keywords and no patterns")
            }
            for keyword in rule.keywords {
                if let index = keywordIndex[keyword] {
                    if keywordRules[index].last != ruleIndex { keywordRules[index].append(ruleIndex) }
                } else {
                    keywordIndex[keyword] = keywords.count
                    keywords.append(keyword)
                    keywordRules.append([ruleIndex])
                }
            }
            var compiled: [Regex<AnyRegexOutput>] = []
            for pattern in rule.patterns {
                do {
                    compiled.append(try Regex(pattern).ignoresCase())
                } catch {
                    throw .invalidPattern(ruleID: rule.id, pattern: pattern, message: "\(error)")
                }
            }
            regexes.append(compiled)
        }
        self.rules = rules
        self.matcher = KeywordMatcher(keywords: keywords)
        self.keywordRules = keywordRules
        self.regexes = regexes
    }

    /// Every segment the rules code in a transcript, one hit per rule and segment, in text order.
    /// - Parameters:
    ///   - transcript: the source's current revision.
    ///   - codings: the codings already on that revision (for `within` rules).
    public func hits(in transcript: Transcript, codings: [Coding] = []) -> [AutoCodingHit] {
        let index = TextIndex(transcript.text)
        // The text as scalars, for sentence boundaries only (four bytes a character otherwise wasted).
        let scalars = rules.contains { $0.unit == .sentence } ? Array(transcript.text.unicodeScalars) : []
        let utterances = transcript.utterances
        let roles = Dictionary(transcript.speakers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Raw hits per rule: (utterance, match span).
        var raw: [[(Int, TextSpan)]] = Array(repeating: [], count: rules.count)
        let folded = FoldedText(transcript.text)
        for match in matcher.matches(in: folded) {
            guard let utterance = AutoCoder.utterance(containing: match.span, in: utterances) else { continue }
            for rule in keywordRules[match.keyword] { raw[rule].append((utterance, match.span)) }
        }
        for (ruleIndex, compiled) in regexes.enumerated() where !compiled.isEmpty {
            for (number, utterance) in utterances.enumerated() {
                let content = index.slice(utterance.span)
                for regex in compiled {
                    for found in content.matches(of: regex) where !found.range.isEmpty {
                        guard let start = index.scalarOffset(of: found.range.lowerBound),
                              let end = index.scalarOffset(of: found.range.upperBound) else { continue }
                        raw[ruleIndex].append((number, TextSpan(start: start, end: end)))
                    }
                }
            }
        }
        var hits: [AutoCodingHit] = []
        var known = codings.map { ($0.codeID, $0.span) }
        // Rules without `within` first, so that `within` rules can build on what they code.
        let order = rules.indices.sorted { (rules[$0].withinCodeID == nil ? 0 : 1, $0) < (rules[$1].withinCodeID == nil ? 0 : 1, $1) }
        var withinSpans: [String: SpanSet] = [:]
        for ruleIndex in order {
            let rule = rules[ruleIndex]
            if let within = rule.withinCodeID, withinSpans[within] == nil {
                withinSpans[within] = SpanSet(known.filter { Code.isSameOrBelow($0.0, within) }.map(\.1))
            }
            var seen = Set<TextSpan>(minimumCapacity: raw[ruleIndex].count)
            for (number, match) in raw[ruleIndex].sorted(by: { $0.1 < $1.1 }) {
                let speaker = roles[utterances[number].speakerID]
                if !rule.roles.isEmpty, !rule.roles.contains(speaker?.role ?? .other) { continue }
                if !rule.speakers.isEmpty,
                   !rule.speakers.contains(where: { $0 == utterances[number].speakerID || $0 == speaker?.name }) { continue }
                if let within = rule.withinCodeID, !(withinSpans[within]?.overlaps(match) ?? false) { continue }
                let span = AutoCoder.unit(rule.unit, around: match, utterance: number, utterances: utterances, scalars: scalars)
                guard !span.isEmpty, seen.insert(span).inserted else { continue }
                hits.append(AutoCodingHit(ruleID: rule.id, codeID: rule.codeID, sourceID: transcript.id,
                                          utterance: number, match: match, span: span))
            }
            known += hits.filter { $0.ruleID == rule.id }.map { ($0.codeID, $0.span) }
            if withinSpans.keys.contains(where: { Code.isSameOrBelow(rule.codeID, $0) }) { withinSpans = [:] }
        }
        return hits.sorted { ($0.span, $0.ruleID) < ($1.span, $1.ruleID) }
    }

    /// The utterance whose content holds all of `span`, if any (a match in a speaker label or
    /// across two turns belongs to none).
    static func utterance(containing span: TextSpan, in utterances: [Utterance]) -> Int? {
        var low = 0, high = utterances.count
        while low < high {
            let middle = (low + high) / 2
            if utterances[middle].span.end < span.end { low = middle + 1 } else { high = middle }
        }
        guard low < utterances.count, utterances[low].span.contains(span) else { return nil }
        return low
    }

    /// The segment a hit codes.
    static func unit(_ unit: CodingUnit, around match: TextSpan, utterance number: Int, utterances: [Utterance],
                     scalars: [Unicode.Scalar]) -> TextSpan {
        let content = utterances[number].span
        switch unit {
        case .match:
            return match
        case .utterance:
            return content
        case .around(let n):
            let first = max(0, number - n), last = min(utterances.count - 1, number + n)
            return TextSpan(start: utterances[first].span.start, end: utterances[last].span.end)
        case .sentence:
            return SentenceBoundary.sentence(around: match, within: content, scalars: scalars)
        }
    }
}

extension Code {
    /// Whether `codeID` is `ancestorID` or lies below it.
    public static func isSameOrBelow(_ codeID: String, _ ancestorID: String) -> Bool {
        codeID == ancestorID || codeID.hasPrefix(ancestorID + "/")
    }
}
