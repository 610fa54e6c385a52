import Foundation

/// Decoding text files that may not be UTF-8: spreadsheets saved on old Macs (Mac Roman) or
/// Windows (Windows-1252).
public enum LegacyText {
    /// The encoding a file was read in.
    public enum Encoding: String, Sendable { case utf8, macRoman, windows1252 }

    /// The text of a file: UTF-8 (a BOM dropped) when it is valid UTF-8; else Mac Roman when
    /// Windows-1252 would put an upper-case accented letter straight after a lower-case letter
    /// (`CareÊ`: Mac Roman's no-break space, byte 0xCA), else Windows-1252.
    public static func decode(_ data: Data) -> String { decodeReporting(data).text }

    /// The text and the encoding it was read in.
    public static func decodeReporting(_ data: Data) -> (text: String, encoding: Encoding) {
        if let text = String(data: data, encoding: .utf8) {
            return (text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, .utf8)
        }
        let windows = String(data: data, encoding: .windowsCP1252)
        if let windows, !looksMisread(windows) { return (windows, .windows1252) }
        if let mac = String(data: data, encoding: .macOSRoman) { return (mac, .macRoman) }
        return (windows ?? String(decoding: data, as: UTF8.self), .windows1252)
    }

    private static func looksMisread(_ text: String) -> Bool {
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if scalar.value >= 0xC0, scalar.value <= 0xDE, scalar.properties.isUppercase,
               previous.isASCII, previous.properties.isLowercase {
                return true
            }
            previous = scalar
        }
        return false
    }
}
