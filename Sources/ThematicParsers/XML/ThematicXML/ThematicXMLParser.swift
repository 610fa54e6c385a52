import ThematicModel

/// Reads Thematic's own transcript XML (namespace `urn:thematic:transcript:1`, schema
/// `Schemas/thematic-transcript.xsd`), the format `thematic export transcript --as thematic-xml` writes.
///
/// Speakers are declared in order with their role; each `<u>` is one utterance; inline
/// `<code ref>` elements keep their words in the text and become `coding` annotations; the
/// `<annotations>` list restores annotations with their utterance index. What Thematic writes it
/// reads back to the same transcript (text, spans, speakers, times, metadata, annotations).
public struct ThematicXMLParser: TranscriptParser {
    public static let format = TranscriptFormat.thematicXML
    /// The namespace every element of the format is in.
    public static let namespace = "urn:thematic:transcript:1"

    public init() {}

    public func parse(_ input: ParserInput, options: ParserOptions) throws(ParseError) -> ParseResult {
        let (root, readerWarnings) = try XMLElement.parse(input)
        guard root.name == "transcript", root.tag.namespace == ThematicXMLParser.namespace else {
            throw .malformed(message: "not a Thematic transcript: expected <transcript xmlns=\"\(ThematicXMLParser.namespace)\">",
                             at: root.location)
        }
        var builder = TranscriptBuilder(file: input.file, roles: options.roles)
        builder.warnings = readerWarnings
        for speaker in root.first("speakers")?.elements("speaker") ?? [] {
            guard let id = speaker["id"] else { continue }
            builder.speaker(label: id, name: speaker["name"], role: speaker["role"].flatMap(SpeakerRole.init(rawValue:)))
        }
        for utterance in root.first("utterances")?.elements("u") ?? [] {
            guard let speaker = utterance["speaker"] else {
                throw .malformed(message: "<u> without a speaker attribute", at: utterance.location)
            }
            builder.addUtterance(label: speaker, content: utterance.text, start: try time(utterance, "start"),
                                 end: try time(utterance, "end"), at: utterance.location)
            for code in utterance.elements("code") {
                builder.annotations.append(Annotation(kind: "coding", text: code["ref"] ?? "", utteranceIndex: builder.utterances.count - 1,
                                                      location: code.location))
            }
        }
        for annotation in root.first("annotations")?.elements("annotation") ?? [] {
            builder.annotations.append(Annotation(
                kind: annotation["kind"] ?? "note", text: annotation.text,
                utteranceIndex: annotation["utterance"].flatMap { Int($0) },
                start: try time(annotation, "start"), end: try time(annotation, "end"), location: annotation.location))
        }
        var metadata: [String: String] = [:]
        for entry in root.first("metadata")?.elements("meta") ?? [] {
            if let key = entry["key"] { metadata[key] = entry.text }
        }
        if let media = root.first("media")?["href"] { metadata["media"] = media }
        if let id = root["id"], !SourceID.isValid(id) {
            throw .malformed(message: "id=\"\(id.prefix(80))\" is not usable as a source id: an id is \(SourceID.rule)", at: root.location)
        }
        let transcript = builder.build(id: root["id"] ?? XMLText.defaultID(input), title: root.first("title")?.text ?? input.stem,
                                       metadata: metadata,
                                       origin: TranscriptOrigin(format: .thematicXML, fileName: input.file, sha256: ""))
        return ParseResult(transcript: transcript, warnings: builder.warnings)
    }

    private func time(_ element: XMLElement, _ attribute: String) throws(ParseError) -> Timecode? {
        guard let value = element[attribute] else { return nil }
        guard let time = XMLText.seconds(value) else {
            throw .malformed(message: "\(attribute)=\"\(value)\" is not a time in seconds (e.g. 12.500)", at: element.location)
        }
        return time
    }
}
