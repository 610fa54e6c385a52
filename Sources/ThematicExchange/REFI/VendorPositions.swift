/// The one place where a vendor's text positions and Thematic's are converted.
///
/// Thematic's canonical text has LF line endings and no BOM, and positions are Unicode scalar
/// offsets into it. A vendor's plain-text file may hold a BOM and CRLF or CR line ends, and its
/// positions count in the vendor's unit (``REFIDialect``):
///
/// | dialect | unit | a CRLF counts |
/// |---|---|---|
/// | `spec`, `maxqda` | code points | 2 |
/// | `nvivo` | UTF-16 code units (an emoji counts 2) | 2 |
/// | `atlasti` | code points | 1 |
///
/// A BOM is never counted. The value is built once per text in one pass and keeps, for every
/// canonical scalar boundary, the vendor offset of that boundary, so both directions are exact.
public struct VendorPositions: Sendable {
    /// The text as Thematic keeps it: BOM removed, CRLF and lone CR turned into LF, nothing else changed.
    public let canonicalText: String
    /// The dialect whose positions this converts.
    public let dialect: REFIDialect
    /// `vendorOffsets[i]` is the vendor offset of canonical scalar boundary `i` (`0...scalarCount`).
    private let vendorOffsets: [Int]

    /// The number of scalars of the canonical text.
    public var scalarCount: Int { vendorOffsets.count - 1 }
    /// The length of the text in the vendor's unit.
    public var vendorLength: Int { vendorOffsets[vendorOffsets.count - 1] }

    /// Indexes a text as the vendor stored it.
    /// - Parameters:
    ///   - vendorText: the decoded plain text, with its BOM and line ends as in the file.
    ///   - dialect: how the vendor counts.
    public init(vendorText: String, dialect: REFIDialect) {
        self.dialect = dialect
        var scalars = String.UnicodeScalarView()
        var offsets: [Int] = [0]
        offsets.reserveCapacity(vendorText.unicodeScalars.count + 1)
        var vendor = 0
        var previousWasCR = false
        var first = true
        for scalar in vendorText.unicodeScalars {
            defer { first = false }
            if first, scalar == "\u{FEFF}" { continue }
            if scalar == "\n", previousWasCR {
                // The LF of a CRLF: the CR already became the canonical LF.
                previousWasCR = false
                if dialect != .atlasti { vendor += 1 }
                offsets[offsets.count - 1] = vendor
                continue
            }
            previousWasCR = scalar == "\r"
            scalars.append(scalar == "\r" ? "\n" : scalar)
            vendor += dialect == .nvivo ? scalar.utf16.count : 1
            offsets.append(vendor)
        }
        canonicalText = String(scalars)
        vendorOffsets = offsets
    }

    /// The canonical scalar offset of a vendor offset.
    ///
    /// A vendor offset that falls inside one canonical scalar (between the two UTF-16 units of an
    /// emoji, between the CR and LF of a CRLF) is moved to that scalar's start when `roundingUp`
    /// is false (a selection's start), to its end when true (a selection's end).
    /// - Returns: `nil` when the offset lies outside the text.
    public func scalarOffset(ofVendor offset: Int, roundingUp: Bool = false) -> Int? {
        guard offset >= 0, offset <= vendorLength else { return nil }
        // The last boundary whose vendor offset is not after `offset`.
        var low = 0, high = vendorOffsets.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if vendorOffsets[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        if vendorOffsets[low] == offset || !roundingUp { return low }
        return low + 1
    }

    /// The vendor offset of a canonical scalar offset (`0...scalarCount`).
    public func vendorOffset(ofScalar offset: Int) -> Int {
        vendorOffsets[min(max(offset, 0), scalarCount)]
    }
}
