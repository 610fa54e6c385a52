/// Keeps a spreadsheet program from running a cell as a formula (CSV injection).
///
/// Excel, LibreOffice and Numbers treat a cell that begins with `=`, `+`, `-` or `@` (or a tab or
/// carriage return before one) as a formula when they open a CSV file, so participant text such as
/// `=HYPERLINK(…)` or `-1 point` could run. ``neutralised(_:)`` puts an apostrophe before such a
/// cell — the mark spreadsheet programs read as "this is text" — and ``restored(_:)`` takes it off
/// again, so the round trip is exact: a cell that already began with apostrophes before such a
/// character gets one more on the way out and loses exactly one on the way in.
public enum SpreadsheetCell {
    /// The characters that make a spreadsheet program read a cell as a formula.
    static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// Whether `value` is apostrophes (at least `minimum` of them) followed by a trigger character.
    private static func isEscapable(_ value: String, minimumApostrophes minimum: Int) -> Bool {
        var apostrophes = 0
        for scalar in value.unicodeScalars {
            if scalar == "'" {
                apostrophes += 1
                continue
            }
            return apostrophes >= minimum && triggers.contains(scalar)
        }
        return false
    }

    /// The cell as written to a sheet: an apostrophe before text a spreadsheet would run as a formula.
    public static func neutralised(_ value: String) -> String {
        isEscapable(value, minimumApostrophes: 0) ? "'" + value : value
    }

    /// The cell as read back from a sheet: the apostrophe ``neutralised(_:)`` added is taken off.
    public static func restored(_ value: String) -> String {
        isEscapable(value, minimumApostrophes: 1) ? String(value.unicodeScalars.dropFirst()) : value
    }
}
