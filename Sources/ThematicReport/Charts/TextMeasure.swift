import Foundation

/// Estimates how wide a label is drawn, so charts can lay out without a font engine.
///
/// The estimate is deliberately generous (a sans-serif face at the stylesheet's sizes): a label
/// that is wider in the reader's font overlaps nothing, because columns are sized from it.
enum TextMeasure {
    /// The chart's label size in pixels (the stylesheet sets `.chart text` to it).
    static let fontSize = 12.0

    /// The estimated width of `text` at ``fontSize`` (bold a tenth wider).
    static func width(_ text: String, bold: Bool = false) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x2E, 0x2C, 0x3A, 0x3B, 0x27, 0x69, 0x6A, 0x6C, 0x49, 0x7C, 0x21: ems += 0.34
            case 0x6D, 0x77, 0x4D, 0x57: ems += 0.95
            case 0x41...0x5A: ems += 0.72
            case 0x300...0x36F, 0x200B...0x200D: break  // combining marks, zero-width joiners
            case 0x1100...0x11FF, 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x1F300...0x1FAFF:
                ems += 1.0
            default: ems += 0.63
            }
        }
        return ems * fontSize * (bold ? 1.12 : 1)
    }

    /// `text` shortened with `…` (on a character boundary) so that it fits `maxWidth`.
    static func truncated(_ text: String, toWidth maxWidth: Double, bold: Bool = false) -> String {
        guard width(text, bold: bold) > maxWidth else { return text }
        var shown = ""
        for character in text {
            if width(shown + String(character) + "…", bold: bold) > maxWidth { break }
            shown.append(character)
        }
        return shown.trimmingCharacters(in: .whitespaces) + "…"
    }
}
