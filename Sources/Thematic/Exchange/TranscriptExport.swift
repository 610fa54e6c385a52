import Foundation
import ThematicExchange

/// Writing transcripts out of Thematic in exchange formats.
public enum TranscriptExport {
    /// The formats a transcript can be exported as.
    public enum Format: String, Sendable, CaseIterable {
        /// Thematic transcript XML (`Schemas/thematic-transcript.xsd`).
        case thematicXML = "thematic-xml"
    }

    /// A transcript in an exchange format.
    /// - Throws: ``ThematicError/exchange(_:)`` when the transcript cannot be written in that format.
    public static func data(_ transcript: Transcript, as format: Format) throws(ThematicError) -> Data {
        switch format {
        case .thematicXML:
            do {
                return try TranscriptXMLWriter.data(transcript)
            } catch {
                throw .exchange(error)
            }
        }
    }
}
