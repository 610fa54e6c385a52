/// The file formats Thematic reads transcripts from.
public enum TranscriptFormat: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// Dialogue as plain text or Markdown: `Speaker: text` turns.
    case plainText = "text"
    case otter
    case webVTT = "vtt"
    case srt
    case chat
    case docx
    /// Thematic's own XML (`urn:thematic:transcript:1`).
    case thematicXML = "thematic-xml"
    case tei
    case elan
    case transcriber
    case exmaralda
    /// A source imported from a REFI-QDA project, kept exactly as the vendor wrote it.
    case refiQDA = "refi-qda"

    public var description: String { rawValue }
}
