import Foundation

/// Escaping for the report's two languages: HTML (and the SVG inside it) and Markdown.
enum Markup {
    /// Text made safe as HTML/SVG text or a quoted attribute value: `& < > " '` become entities,
    /// and control characters that XML forbids are dropped (a tab or line break stays).
    static func html(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case "\r": result += "\n"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE
                    || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Text made safe inside a Markdown paragraph or table cell: one line, Markdown's punctuation
    /// and `<` escaped with a backslash, so no name or quote can open a link, emphasis, raw HTML
    /// or a new table column.
    static func markdown(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == " " {
                if !lastWasSpace { result += " " }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
            if "\\`*_[]<>|#!~".unicodeScalars.contains(scalar) { result += "\\" }
            result.unicodeScalars.append(scalar)
        }
        return result.trimmingCharacters(in: .whitespaces)
    }

    /// An anchor id from a theme or code id: letters, digits and `-` only.
    static func anchor(_ prefix: String, _ id: String) -> String {
        let slug = String(id.lowercased().unicodeScalars.map { scalar -> Character in
            (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) && scalar.isASCII ? Character(scalar) : "-"
        })
        return prefix + "-" + slug
    }
}
