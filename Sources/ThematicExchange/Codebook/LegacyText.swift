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
        return (macRoman(data), .macRoman)
    }

    /// Mac Roman, decoded with its own table: Foundation's converter is not the same on every platform.
    static func macRoman(_ data: Data) -> String {
        var scalars = String.UnicodeScalarView()
        let upper = Array(macRomanUpperHalf.unicodeScalars)
        for byte in data {
            scalars.append(byte < 0x80 ? Unicode.Scalar(byte) : upper[Int(byte) - 0x80])
        }
        return String(scalars)
    }

    /// Bytes 0x80–0xFF of Mac Roman (Apple's MAC ROMAN table; 0xCA is the no-break space).
    private static let macRomanUpperHalf = "\u{C4}\u{C5}\u{C7}\u{C9}\u{D1}\u{D6}\u{DC}\u{E1}\u{E0}\u{E2}\u{E4}\u{E3}\u{E5}\u{E7}\u{E9}\u{E8}\u{EA}\u{EB}\u{ED}\u{EC}\u{EE}\u{EF}\u{F1}\u{F3}\u{F2}\u{F4}\u{F6}\u{F5}\u{FA}\u{F9}\u{FB}\u{FC}\u{2020}\u{B0}\u{A2}\u{A3}\u{A7}\u{2022}\u{B6}\u{DF}\u{AE}\u{A9}\u{2122}\u{B4}\u{A8}\u{2260}\u{C6}\u{D8}\u{221E}\u{B1}\u{2264}\u{2265}\u{A5}\u{B5}\u{2202}\u{2211}\u{220F}\u{3C0}\u{222B}\u{AA}\u{BA}\u{3A9}\u{E6}\u{F8}\u{BF}\u{A1}\u{AC}\u{221A}\u{192}\u{2248}\u{2206}\u{AB}\u{BB}\u{2026}\u{A0}\u{C0}\u{C3}\u{D5}\u{152}\u{153}\u{2013}\u{2014}\u{201C}\u{201D}\u{2018}\u{2019}\u{F7}\u{25CA}\u{FF}\u{178}\u{2044}\u{20AC}\u{2039}\u{203A}\u{FB01}\u{FB02}\u{2021}\u{B7}\u{201A}\u{201E}\u{2030}\u{C2}\u{CA}\u{C1}\u{CB}\u{C8}\u{CD}\u{CE}\u{CF}\u{CC}\u{D3}\u{D4}\u{F8FF}\u{D2}\u{DA}\u{DB}\u{D9}\u{131}\u{2C6}\u{2DC}\u{AF}\u{2D8}\u{2D9}\u{2DA}\u{B8}\u{2DD}\u{2DB}\u{2C7}"

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
