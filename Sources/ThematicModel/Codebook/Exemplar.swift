import Foundation

/// A quote chosen to show a theme: a stretch of a source's canonical text, with the text as it
/// was when chosen (so a later revision of the source does not silently change the quote).
public struct Exemplar: Hashable, Sendable, Codable {
    public var sourceID: String
    /// The source revision ``span`` indexes.
    public var revision: Int
    /// Unicode scalar offsets into that revision's canonical text.
    public var span: TextSpan
    /// The coding the quote was taken from, if it was chosen by coding id.
    public var codingID: UUID?
    /// The quoted text.
    public var quote: String

    public init(sourceID: String, revision: Int, span: TextSpan, codingID: UUID? = nil, quote: String) {
        self.sourceID = sourceID
        self.revision = revision
        self.span = span
        self.codingID = codingID
        self.quote = quote
    }

    /// `P01@120-180`, the form `thematic code` reads.
    public var reference: String { "\(sourceID)@\(span.start)-\(span.end)" }
}
