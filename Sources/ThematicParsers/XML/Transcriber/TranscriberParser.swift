import ThematicModel

/// Reads Transcriber files (`.trs`, DTD `trans-14.dtd`, never loaded).
///
/// - Speakers: `<Speakers>/<Speaker id name>`; the label is the `id`, the name its `name`.
///   A turn without `speaker` is labelled `Unknown`.
/// - One utterance per `<Turn>`, its text the words between the `<Sync>` marks, from the turn's
///   `startTime` to its `endTime` (float seconds).
/// - Overlapping speech, `<Turn speaker="spk1 spk2">` with `<Who nb="1"/>`…: one utterance per
///   `<Who>` part, for the `nb`-th speaker, from the `<Sync>` before it to the next `<Sync>` (or
///   the turn's end).
/// - `<Event>`, `<Comment>` and `<Background>` become annotations (`event`, `comment`,
///   `background`) of the utterance they occur in, at the time of the last `<Sync>`.
/// - Turns with no words add no line.
/// - Declared encodings (ISO-8859-1) are honoured by libxml2.
public struct TranscriberParser: TranscriptParser {
    public static let format = TranscriptFormat.transcriber

    public init() {}

    /// One speaker's part of a turn while it is read.
    private struct Part {
        var speaker: String
        var text = ""
        var start: Timecode?
        var end: Timecode?
        var location: SourceLocation
        var annotations: [Annotation] = []
    }

    public func parse(_ input: ParserInput, options: ParserOptions) throws(ParseError) -> ParseResult {
        let document = try XMLElement.document(input, root: "Trans", format: "a Transcriber file", options: options)
        let root = document.root
        var builder = document.builder
        var names: [String: String] = [:]
        for speaker in root.first("Speakers")?.elements("Speaker") ?? [] {
            if let id = speaker["id"] { names[id] = speaker["name"] }
        }
        for episode in root.elements("Episode") {
            for section in episode.elements("Section") {
                for turn in section.elements("Turn") { read(turn, names: names, into: &builder) }
            }
        }
        var metadata: [String: String] = [:]
        for (attribute, key) in [("audio_filename", "media"), ("scribe", "scribe"), ("version_date", "version_date"), ("lang", "language")] {
            if let value = root[attribute], !value.isEmpty { metadata[key] = value }
        }
        let transcript = builder.build(id: XMLText.defaultID(input), title: root["audio_filename"].flatMap(XMLText.folded) ?? input.stem,
                                       metadata: metadata,
                                       origin: TranscriptOrigin(format: .transcriber, fileName: input.file, sha256: ""))
        return ParseResult(transcript: transcript, warnings: builder.warnings)
    }

    private func read(_ turn: XMLElement, names: [String: String], into builder: inout TranscriptBuilder) {
        let speakers = (turn["speaker"] ?? "").split(separator: " ").map(String.init)
        let turnStart = XMLText.seconds(turn["startTime"])
        let turnEnd = XMLText.seconds(turn["endTime"])
        var sync = turnStart
        var parts = [Part(speaker: speakers.first ?? "Unknown", start: turnStart, location: turn.location)]
        var openSince = 0
        for child in turn.children {
            switch child {
            case .text(let text):
                parts[parts.count - 1].text += text
            case .element(let element):
                switch element.name {
                case "Sync":
                    sync = XMLText.seconds(element["time"]) ?? sync
                    // Who parts since the previous Sync end where this one starts.
                    if speakers.count > 1 { for index in openSince..<parts.count where parts[index].end == nil { parts[index].end = sync } }
                    openSince = parts.count
                case "Who":
                    let number = element["nb"].flatMap { Int($0) } ?? 1
                    let speaker = speakers.indices.contains(number - 1) ? speakers[number - 1] : speakers.first ?? "Unknown"
                    parts.append(Part(speaker: speaker, start: sync, location: element.location))
                case "Event", "Comment", "Background":
                    let kind = element.name.lowercased()
                    let text = [element["desc"], element["type"], element["level"]].compactMap { $0 }.filter { !$0.isEmpty }
                    parts[parts.count - 1].annotations.append(Annotation(
                        kind: kind, text: text.first ?? kind, start: XMLText.seconds(element["time"]) ?? sync,
                        location: element.location))
                    if kind != "comment", let extent = element["extent"], extent != "instantaneous" {
                        parts[parts.count - 1].annotations[parts[parts.count - 1].annotations.count - 1].text += " (\(extent))"
                    }
                default:
                    parts[parts.count - 1].text += element.text
                }
            }
        }
        for var part in parts {
            if part.end == nil { part.end = turnEnd }
            var annotations = part.annotations
            if !XMLText.isBlank(part.text) {
                builder.speaker(label: part.speaker, name: names[part.speaker].flatMap(XMLText.folded))
                builder.addUtterance(label: part.speaker, content: part.text, start: part.start, end: part.end, at: part.location)
                for index in annotations.indices { annotations[index].utteranceIndex = builder.utterances.count - 1 }
            }
            builder.annotations += annotations
        }
    }
}
