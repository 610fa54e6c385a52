import Foundation
import ThematicModel

/// A cue's payload made readable: markup removed, the speaker found.
///
/// WebVTT voice spans (`<v Name>`, `<v.loud Name>`, closed or not) name the speaker; otherwise a
/// `Name: ` prefix on the first line does (how Zoom writes its transcripts). Other tags — `<c>`,
/// `<b>`, `<i>`, `<font …>`, karaoke times `<00:17.500>` — and SRT's `{\an8}` positioning are
/// dropped; the common character references are decoded. Teams' `metadataContent` cues carry a
/// JSON object with `speakerName` and `spokenText`.
struct CueText {
    var speaker: String?
    var text: String

    init(_ lines: [Substring]) {
        let joined = lines.joined(separator: "\n")
        if let first = joined.first, first == "{", let json = CueText.teamsMetadata(joined) {
            speaker = json.speaker
            text = json.text
            return
        }
        var voice: String?
        var plain = ""
        var cursor = joined.startIndex
        while cursor < joined.endIndex {
            let character = joined[cursor]
            if character == "<", let close = joined[cursor...].firstIndex(of: ">") {
                let tag = joined[joined.index(after: cursor)..<close]
                if voice == nil, tag.first == "v", let space = tag.firstIndex(where: { $0 == " " || $0 == "\t" }),
                   tag.index(after: tag.startIndex) == space || tag[tag.index(after: tag.startIndex)] == "." {
                    voice = SpeakerLabel.display(tag[space...])
                }
                cursor = joined.index(after: close)
            } else if character == "{", joined[joined.index(after: cursor)...].first == "\\",
                      let close = joined[cursor...].firstIndex(of: "}") {
                cursor = joined.index(after: close)
            } else if character == "&", let (decoded, after) = CueText.reference(in: joined, at: cursor) {
                plain.unicodeScalars.append(decoded)
                cursor = after
            } else {
                plain.append(character)
                cursor = joined.index(after: cursor)
            }
        }
        if let voice, !voice.isEmpty {
            speaker = voice
            text = plain
        } else if let prefix = CueText.speakerPrefix(plain) {
            speaker = prefix.speaker
            text = prefix.text
        } else {
            speaker = nil
            text = plain
        }
    }

    /// `Name: words` at the start of the payload, the name shaped like a speaker label.
    private static func speakerPrefix(_ text: String) -> (speaker: String, text: String)? {
        let firstLine = text.prefix(while: { $0 != "\n" })
        guard let colon = firstLine.firstIndex(of: ":") else { return nil }
        let after = text[text.index(after: colon)...]
        guard after.isEmpty || after.first == " " || after.first == "\t" || after.first == "\n" else { return nil }
        let label = firstLine[..<colon].droppingTrailingSpaces()
        guard TurnLine.isPlausibleLabel(label) else { return nil }
        return (SpeakerLabel.display(label), String(after))
    }

    private static let references: [Substring: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "lrm": "\u{200E}", "rlm": "\u{200F}",
    ]

    /// `&amp;`, `&lt;` … `&#39;`, `&#x27;` at `index`, decoded.
    private static func reference(in text: String, at index: String.Index) -> (Unicode.Scalar, String.Index)? {
        let rest = text[text.index(after: index)...].prefix(10)
        guard let semicolon = rest.firstIndex(of: ";") else { return nil }
        let name = rest[..<semicolon]
        let after = text.index(after: semicolon)
        if let scalar = references[name] { return (scalar, after) }
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let value, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, after)
    }

    private static func teamsMetadata(_ text: String) -> (speaker: String?, text: String)? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
              let spoken = object["spokenText"] as? String else { return nil }
        return ((object["speakerName"] as? String).map(SpeakerLabel.display), spoken)
    }
}
