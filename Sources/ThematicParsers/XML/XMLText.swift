import Foundation
import ThematicModel

/// Small readers for values XML transcript formats share.
enum XMLText {
    /// Seconds written as a decimal number (`2.750`, `82.5469387755`), as a ``Timecode``.
    static func seconds(_ text: String?) -> Timecode? {
        guard let text, let value = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)),
              value.isFinite, value >= 0 else { return nil }
        return Timecode(seconds: value)
    }

    /// Whether a text is only layout white space.
    static func isBlank(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy(TranscriptBuilder.isLayoutSpace)
    }

    /// A text with its layout white space folded (see ``TranscriptBuilder/fold(_:)``), or `nil` if blank.
    static func folded(_ text: String?) -> String? {
        guard let text else { return nil }
        let folded = TranscriptBuilder.fold(text)
        return folded.isEmpty ? nil : folded
    }

    /// The transcript id from a file name, as every parser names a transcript without an id of its own.
    static func defaultID(_ input: ParserInput) -> String {
        SourceID.sanitize(input.stem) ?? "transcript"
    }
}
