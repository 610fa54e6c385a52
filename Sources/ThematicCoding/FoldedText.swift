import Foundation

/// A text folded for matching — lower case, diacritics removed, every run of spaces one plain
/// space, typographic apostrophes plain — with, for each folded scalar, the offset of the
/// original scalar it came from, so that a match maps back to the canonical text exactly.
public struct FoldedText: Sendable {
    /// The folded scalars' values.
    public let scalars: [UInt32]
    /// For each folded scalar, the Unicode scalar offset of the original scalar it came from.
    public let origins: [Int]
    /// For each folded scalar, whether it is part of a word (a letter, mark or digit).
    public let isWord: [Bool]
    /// The offset just past the folded text in the original.
    public let originalEnd: Int

    /// Folds `text`, whose first scalar sits at `baseOffset` of the canonical text.
    public init(_ text: some StringProtocol, baseOffset: Int = 0) {
        var scalars: [UInt32] = []
        var origins: [Int] = []
        var isWord: [Bool] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        origins.reserveCapacity(text.unicodeScalars.count)
        isWord.reserveCapacity(text.unicodeScalars.count)
        var cache: [UInt32: [UInt32]] = [:]
        var offset = baseOffset
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                // ASCII, nearly all of most transcripts, folds to one scalar: no array for it.
                var value = scalar.value
                if value >= 65 && value <= 90 { value += 32 } else if value == 9 || value == 10 || value == 13 { value = 32 }
                if !(value == 32 && scalars.last == 32) {
                    scalars.append(value)
                    origins.append(offset)
                    isWord.append(FoldedText.isWordScalar(value))
                }
                offset += 1
                continue
            }
            let folded: [UInt32]
            if let known = cache[scalar.value] {
                folded = known
            } else {
                folded = FoldedText.fold(scalar)
                cache[scalar.value] = folded
            }
            for value in folded {
                // Runs of spaces fold to one, so `felt safe` matches `felt  safe` and a line break.
                if value == 32, scalars.last == 32 { continue }
                scalars.append(value)
                origins.append(offset)
                isWord.append(FoldedText.isWordScalar(value))
            }
            offset += 1
        }
        self.scalars = scalars
        self.origins = origins
        self.isWord = isWord
        self.originalEnd = offset
    }

    /// Folds a pattern (keyword or phrase) the same way, runs of spaces collapsed to one.
    public static func fold(pattern: String) -> [UInt32] {
        var result: [UInt32] = []
        for value in FoldedText(pattern).scalars where !(value == 32 && (result.last == 32 || result.isEmpty)) {
            result.append(value)
        }
        while result.last == 32 { result.removeLast() }
        return result
    }

    /// The original span of folded scalars `[start, end)`.
    public func originalSpan(from start: Int, to end: Int) -> (start: Int, end: Int) {
        let lower = origins[start]
        let upper = end < origins.count ? max(origins[end - 1] + 1, origins[end]) : originalEnd
        return (lower, upper)
    }

    private static func fold(_ scalar: Unicode.Scalar) -> [UInt32] {
        if scalar.properties.isWhitespace { return [32] }
        // A combining accent written separately (e + U+0301) is a diacritic too.
        if scalar.properties.generalCategory == .nonspacingMark { return [] }
        switch scalar.value {
        case 0x2018, 0x2019, 0x02BC: return [39] // ’ ‘ ʼ → '
        case 0x201C, 0x201D: return [34]
        default: break
        }
        let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.unicodeScalars.map(\.value)
    }

    static func isWordScalar(_ value: UInt32) -> Bool {
        if value < 128 {
            return (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || (value >= 48 && value <= 57)
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }
}
