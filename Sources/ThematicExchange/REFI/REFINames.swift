import Foundation

/// Names and identities at the REFI-QDA boundary: slugs for the ids Thematic types, guids for
/// the things Thematic does not give one.
public enum REFINames {
    /// A code or theme slug from a vendor's name: `Emotional Bond` → `emotional-bond`,
    /// `přesněji 3.1` → `presneji-3-1`; `code` when nothing is left.
    public static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else if scalar >= "A" && scalar <= "Z" {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "code" : String(slug.prefix(64)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }

    /// A name made unique among `taken` by a `-2`, `-3` … suffix; the result is added to `taken`.
    public static func unique(_ base: String, in taken: inout Set<String>, separator: String = "-") -> String {
        var candidate = base
        var number = 2
        while taken.contains(candidate.lowercased()) {
            candidate = "\(base)\(separator)\(number)"
            number += 1
        }
        taken.insert(candidate.lowercased())
        return candidate
    }

    /// A source id from a vendor's source name: letters, digits, `.`, `_`, `-`; the extension of a
    /// document name dropped (`Mabel.txt` → `Mabel`, `Simon.docx` → `Simon`).
    public static func sourceID(_ name: String) -> String {
        var base = name
        for suffix in [".txt", ".docx", ".doc", ".rtf", ".pdf", ".odt"] where base.lowercased().hasSuffix(suffix) {
            base = String(base.dropLast(suffix.count))
        }
        var id = ""
        for scalar in base.unicodeScalars {
            let keep = (scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar))) || "._-".unicodeScalars.contains(scalar)
            if keep { id.unicodeScalars.append(scalar) } else if !id.hasSuffix("-") { id.append("-") }
        }
        id = id.trimmingCharacters(in: CharacterSet(charactersIn: "-."))
        return id.isEmpty ? "source" : String(id.prefix(80))
    }

    /// A stable guid for something Thematic identifies by a name only (`source:P01`, `coder:anna`):
    /// the same name always gives the same guid, so exports repeat exactly.
    public static func derivedGUID(_ name: String) -> UUID {
        // Two FNV-1a 64-bit hashes with different offsets make the 128 bits.
        func fnv(_ offset: UInt64) -> UInt64 {
            var hash = offset
            for byte in name.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return hash
        }
        let high = fnv(0xcbf2_9ce4_8422_2325), low = fnv(0x8422_2325_cbf2_9ce4 ^ UInt64(name.utf8.count))
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<8 {
            bytes[index] = UInt8(truncatingIfNeeded: high >> (56 - 8 * UInt64(index)))
            bytes[index + 8] = UInt8(truncatingIfNeeded: low >> (56 - 8 * UInt64(index)))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x80 // version 8: custom, name-based
        bytes[8] = (bytes[8] & 0x3F) | 0x80 // RFC 4122 variant
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
