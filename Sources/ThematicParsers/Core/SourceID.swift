/// Source ids: what a researcher types to name a transcript (`P01`, `interview-10`).
public enum SourceID {
    /// The longest id accepted, in characters.
    public static let maximumLength = 64

    /// What a valid id looks like, for error messages.
    public static let rule = "1 to \(maximumLength) ASCII letters, digits, '.', '_' or '-', starting with a letter or digit "
        + "(no ':', '@', '/' or spaces, so 'ID:12' and 'ID@1-5' can refer to it)"

    /// Whether an id is well formed: ASCII letters, digits, `.`, `_` and `-`, starting with a letter
    /// or digit, at most ``maximumLength`` long — so `ID:12` and `ID@1-5` always parse back.
    public static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, isWordScalar(first), id.unicodeScalars.count <= maximumLength else { return false }
        return id.unicodeScalars.allSatisfy { isWordScalar($0) || $0 == "." || $0 == "_" || $0 == "-" }
    }

    /// An id made from free text (a file name, a header field): other characters become `-`.
    /// Returns `nil` when nothing usable is left.
    public static func sanitize(_ text: String) -> String? {
        var result = ""
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) || scalar == "." || scalar == "_" {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, result.last != "-" {
                result += "-"
            }
        }
        while result.last == "-" || result.last == "." { result.removeLast() }
        while let first = result.unicodeScalars.first, !isWordScalar(first) { result.removeFirst() }
        if result.unicodeScalars.count > maximumLength {
            result = String(String.UnicodeScalarView(result.unicodeScalars.prefix(maximumLength)))
            while result.last == "-" || result.last == "." { result.removeLast() }
        }
        return result.isEmpty ? nil : result
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    }
}
