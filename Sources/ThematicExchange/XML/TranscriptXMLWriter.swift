import Foundation
import ThematicModel

/// Writes a transcript as Thematic transcript XML (`urn:thematic:transcript:1`,
/// `Schemas/thematic-transcript.xsd`), the format `thematic export transcript --as thematic-xml` makes.
///
/// Everything a parsed transcript holds is written — id, title, metadata (`media` as `<media>`),
/// speakers with name and role in order, each utterance's speaker, times and content, and the
/// annotations with their utterance index — so reading the file back gives the same transcript
/// (only the source locations and origin change: they point into the new file).
public enum TranscriptXMLWriter {
    /// The namespace of the format.
    public static let namespace = "urn:thematic:transcript:1"

    /// The transcript as an XML document.
    /// - Throws: ``ExchangeError/invalid(message:at:)`` when the text holds characters XML 1.0
    ///   cannot carry (control characters other than tab and line breaks).
    public static func data(_ transcript: Transcript) throws(ExchangeError) -> Data {
        let file = "\(transcript.id).xml"
        let index = TextIndex(transcript.text)
        for scalar in transcript.text.unicodeScalars where !isXMLCharacter(scalar) {
            throw .invalid(message: "the transcript holds U+\(String(scalar.value, radix: 16, uppercase: true)), which XML 1.0 cannot carry",
                           at: SourceLocation(file: transcript.id, line: 1))
        }
        return try XMLTextWriter.document(file: file) { writer in
            writer.start("transcript", [("xmlns", namespace), ("id", transcript.id), ("version", "1")])
            writer.element("title", text: transcript.title)
            var metadata = transcript.metadata
            let media = metadata.removeValue(forKey: "media")
            if !metadata.isEmpty {
                writer.start("metadata")
                for key in metadata.keys.sorted() { writer.element("meta", [("key", key)], text: metadata[key] ?? "") }
                writer.end()
            }
            if let media {
                writer.start("media", [("href", media)])
                writer.end()
            }
            writer.start("speakers")
            for speaker in transcript.speakers {
                writer.start("speaker", [("id", speaker.id), ("name", speaker.name == speaker.id ? nil : speaker.name),
                                         ("role", speaker.role.rawValue)])
                writer.end()
            }
            writer.end()
            writer.start("utterances")
            for utterance in transcript.utterances {
                writer.element("u", [("speaker", utterance.speakerID), ("start", utterance.start.map(seconds)),
                                     ("end", utterance.end.map(seconds))],
                               text: String(index.slice(utterance.span)))
            }
            writer.end()
            if !transcript.annotations.isEmpty {
                writer.start("annotations")
                for annotation in transcript.annotations {
                    writer.element("annotation", [("kind", annotation.kind), ("utterance", annotation.utteranceIndex.map(String.init)),
                                                  ("start", annotation.start.map(seconds)), ("end", annotation.end.map(seconds))],
                                   text: annotation.text)
                }
                writer.end()
            }
            writer.end()
        }
    }

    /// Seconds with three decimals (`62.500`): exact for millisecond times.
    static func seconds(_ time: Timecode) -> String {
        let millis = time.milliseconds
        return "\(millis / 1000).\(String(String(millis % 1000 + 1000).dropFirst()))"
    }

    private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
