/// The largest inputs Thematic reads, each refused with an error that names the limit and the
/// command-line option that raises it (docs/robustness.md lists them all).
///
/// Limits libxml2 enforces (nesting depth 256, a text run of 10 MB, no entity expansion) are not
/// here: they protect against crafted XML and cannot be raised.
public struct ParserLimits: Hashable, Sendable {
    /// The longest line of a text transcript (dialogue text, Otter, VTT, SRT, CHAT), in bytes:
    /// 1 MB, about 150,000 words in one line. `--max-line-length`.
    public var maximumLineLength: Int
    /// The most bytes `word/document.xml` of a `.docx` may unpack to: 256 MB (a guard against zip
    /// bombs). `--max-archive-size`.
    public var maximumArchiveSize: Int

    public static let defaultLineLength = 1 << 20
    public static let defaultArchiveSize = 256 << 20

    public init(maximumLineLength: Int = ParserLimits.defaultLineLength, maximumArchiveSize: Int = ParserLimits.defaultArchiveSize) {
        self.maximumLineLength = maximumLineLength
        self.maximumArchiveSize = maximumArchiveSize
    }
}
