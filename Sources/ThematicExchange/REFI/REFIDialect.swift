/// Which program wrote (or will read) a REFI-QDA document, as far as it changes what the
/// document's numbers mean.
///
/// The standard counts text positions in Unicode code points of the plain text as stored;
/// the vendors do not all follow it (see ``VendorPositions``).
public enum REFIDialect: String, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    /// REFI-QDA as written: code points, a CRLF counting two.
    case spec
    /// NVivo: UTF-16 code units, a CRLF counting two.
    case nvivo
    /// ATLAS.ti: code points, but a CRLF kept in the text file counts one.
    case atlasti
    /// MAXQDA: code points as the standard says (no deviation known to us).
    case maxqda

    /// The dialect a document's `origin` attribute names, `spec` when it names none we know.
    public static func detect(origin: String?) -> REFIDialect {
        let origin = (origin ?? "").lowercased()
        if origin.contains("nvivo") { return .nvivo }
        if origin.contains("atlas.ti") || origin.contains("atlasti") { return .atlasti }
        if origin.contains("maxqda") { return .maxqda }
        return .spec
    }

    public var description: String { rawValue }
}
