import ThematicModel

/// A segment of a source as a researcher types it: `P01:12` (utterance 12), `P01:12-15`
/// (utterances 12 to 15) or `P01@1200-1350` (Unicode scalar offsets of the canonical text).
public struct CodingReference: Hashable, Sendable, CustomStringConvertible {
    /// What part of the source is meant.
    public enum Target: Hashable, Sendable {
        /// Utterances by their 1-based numbers, as `sources show` prints them.
        case utterances(ClosedRange<Int>)
        /// A half-open range of Unicode scalar offsets.
        case characters(TextSpan)
    }

    public var sourceID: String
    public var target: Target

    public init(sourceID: String, target: Target) {
        self.sourceID = sourceID
        self.target = target
    }

    /// Reads a reference.
    /// - Throws: ``CodingError/malformedReference(_:)``.
    public init(parsing text: String) throws(CodingError) {
        let trimmed = text.trimmingSpaces()
        if let at = trimmed.lastIndex(of: "@") {
            let source = String(trimmed[..<at])
            guard !source.isEmpty, let (start, end) = CodingReference.range(trimmed[trimmed.index(after: at)...]),
                  let end, start < end else {
                throw .malformedReference(text)
            }
            self.init(sourceID: source, target: .characters(TextSpan(start: start, end: end)))
        } else if let colon = trimmed.lastIndex(of: ":") {
            let source = String(trimmed[..<colon])
            guard !source.isEmpty, let (first, last) = CodingReference.range(trimmed[trimmed.index(after: colon)...]),
                  first >= 1, (last ?? first) >= first else {
                throw .malformedReference(text)
            }
            self.init(sourceID: source, target: .utterances(first...(last ?? first)))
        } else {
            throw .malformedReference(text)
        }
    }

    /// `N` or `N-M`, both non-negative integers.
    private static func range(_ text: Substring) -> (Int, Int?)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let first = Int(parts[0]) else { return nil }
        if parts.count == 1 { return (first, nil) }
        guard let second = Int(parts[1]) else { return nil }
        return (first, second)
    }

    /// The span of canonical text the reference covers: for utterances, from the first one's
    /// content start to the last one's content end (speaker labels are not coded).
    /// - Throws: ``CodingError`` when the utterances or characters are outside the transcript.
    public func span(in transcript: Transcript) throws(CodingError) -> TextSpan {
        switch target {
        case .utterances(let range):
            let count = transcript.utterances.count
            guard range.lowerBound >= 1, range.lowerBound <= count else {
                throw .utteranceOutOfRange(sourceID: sourceID, utterance: range.lowerBound, count: count)
            }
            guard range.upperBound <= count else {
                throw .utteranceOutOfRange(sourceID: sourceID, utterance: range.upperBound, count: count)
            }
            return TextSpan(start: transcript.utterances[range.lowerBound - 1].span.start,
                            end: transcript.utterances[range.upperBound - 1].span.end)
        case .characters(let span):
            let length = transcript.text.unicodeScalars.count
            guard span.end <= length, span.start < span.end else {
                throw .characterRangeOutOfRange(sourceID: sourceID, start: span.start, end: span.end, length: length)
            }
            return span
        }
    }

    public var description: String {
        switch target {
        case .utterances(let range) where range.count == 1: "\(sourceID):\(range.lowerBound)"
        case .utterances(let range): "\(sourceID):\(range.lowerBound)-\(range.upperBound)"
        case .characters(let span): "\(sourceID)@\(span.start)-\(span.end)"
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
