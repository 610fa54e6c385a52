import Foundation

import ThematicModel

/// Links a quote's time code to its recording as a media fragment, `media#t=SECONDS`, so that a
/// browser opens the recording at the moment the words were said.
public enum MediaLink {
    /// The schemes a report may link to; anything else (`javascript:`, `data:`) is refused.
    static let allowedSchemes: Set<String> = ["http", "https", "file"]

    /// The link for a recording at a time, or `nil` when the recording's name cannot be linked
    /// safely (empty, or a scheme other than http, https and file).
    ///
    /// A relative path is kept relative (to the report's folder); a Windows path becomes a `file:`
    /// URL; a fragment already in the name is replaced; spaces, quotes, brackets, parentheses and
    /// non-ASCII characters are percent-encoded so the link survives HTML and Markdown alike.
    public static func href(media: String, at time: Timecode) -> String? {
        var target = media.trimmingCharacters(in: .whitespacesAndNewlines)
        if let hash = target.firstIndex(of: "#") { target = String(target[..<hash]) }
        guard !target.isEmpty else { return nil }
        if let scheme = scheme(of: target) {
            if scheme.count == 1 {
                target = "file:///" + target.replacingOccurrences(of: "\\", with: "/")
            } else if !allowedSchemes.contains(scheme.lowercased()) {
                return nil
            }
        }
        return encoded(target) + "#t=" + seconds(time)
    }

    /// Seconds from the start: whole seconds without a fraction (`83`), else up to milliseconds (`83.4`).
    public static func seconds(_ time: Timecode) -> String {
        let whole = time.milliseconds / 1000
        let millis = time.milliseconds % 1000
        guard millis != 0 else { return String(whole) }
        var fraction = String(String(millis + 1000).dropFirst())
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(whole).\(fraction)"
    }

    /// The URL scheme (`https`, `C` of `C:\`), if the text starts with one.
    private static func scheme(of text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let candidate = text[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
              candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) else { return nil }
        return String(candidate)
    }

    private static func encoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let keep = byte > 0x20 && byte < 0x7F && !#" "<>\^`{|}()[]'"#.utf8.contains(byte)
            if keep {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                result += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        return result
    }
}
