import Foundation
import ThematicModel

/// Small readers for values XML transcript formats share.
enum XMLText {
    /// Seconds written as a decimal number (`2.750`, `82.5469387755`), as a ``Timecode``.
    /// `nil` for anything that is not such a time, including NaN, infinities, negative values and
    /// values past ``Timecode/maximum``.
    static func seconds(_ text: String?) -> Timecode? {
        guard let text, let value = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        return Timecode(validSeconds: value)
    }

    /// Seconds as ``seconds(_:)`` reads them, but a number that is no usable time (`nan`, `inf`,
    /// `-1`, `1e300`) is an error at `location`; text that is no number at all gives `nil`.
    static func checkedSeconds(_ text: String?, attribute: String, at location: SourceLocation) throws(ParseError) -> Timecode? {
        guard let text, let value = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        guard let time = Timecode(validSeconds: value) else { throw refusedTime(attribute: attribute, value: text, at: location) }
        return time
    }

    /// The error for a time that is a number but not a usable one.
    static func refusedTime(attribute: String, value: String, at location: SourceLocation) -> ParseError {
        .malformed(message: "\(attribute)=\"\(value.prefix(40))\" is not a usable time: expected \(Timecode.acceptedRange)", at: location)
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
