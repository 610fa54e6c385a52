import ThematicModel

/// Reads TEI P5 transcriptions of speech, streaming, so files of hundreds of megabytes parse in
/// memory proportional to the transcript rather than the XML.
///
/// - Utterances: `<annotationBlock who start end>` (ISO 24624 as EXMARaLDA and TEI_CORPO write it)
///   or a bare `<u who start end>`; `who` with or without `#`; times refer to `<timeline>`/`<when>`
///   (`absolute`, or `interval` + `since`), written `T1` or `#T1`.
/// - Speakers: `<particDesc>`/`<person>`; the label is `n`, then `<abbr>`, then `<alt type>`
///   (TEI_CORPO), then `xml:id`; `<persName>` is the full name.
/// - Text: `<seg>` and running text; `<w>`/`<pc>` tokens written without spaces between them are
///   joined with spaces (none before closing punctuation).
/// - `<pause>`, `<vocal>`, `<incident>`, `<kinesic>`, `<gap>`, `<note>` and `<spanGrp>` dependent
///   tiers become annotations, never text. An utterance that holds only such events adds no line;
///   its events stay as annotations without an utterance.
/// - Elements are matched by local name, so default-namespace and `tei:`-prefixed elements mix.
public struct TEIParser: TranscriptParser {
    public static let format = TranscriptFormat.tei

    public init() {}

    public func parse(_ input: ParserInput, options: ParserOptions) throws(ParseError) -> ParseResult {
        var state = TEIReadState(file: input.file, roles: options.roles)
        let readerWarnings = try XMLStreamReader.read(input) { event throws(ParseError) in
            try state.handle(event)
        }
        var builder = state.builder
        builder.warnings = readerWarnings + builder.warnings
        let title = XMLText.folded(state.title) ?? input.stem
        let transcript = builder.build(id: XMLText.defaultID(input), title: title, metadata: state.metadata,
                                       origin: TranscriptOrigin(format: .tei, fileName: input.file, sha256: ""))
        return ParseResult(transcript: transcript, warnings: builder.warnings)
    }
}

/// What the TEI reader knows at one point of the stream.
struct TEIReadState {
    /// A `<person>` of `<particDesc>` as read so far.
    struct Person {
        var id: String?
        var n: String?
        var abbreviation = ""
        var name = ""
        var alternative: String?

        var label: String? {
            [n, XMLText.folded(abbreviation), alternative, id].compactMap { $0 }.first { !$0.isEmpty }
        }
    }

    /// The utterance being read.
    struct OpenUtterance {
        var who: String
        var start: Timecode?
        var end: Timecode?
        var location: SourceLocation
        var depth: Int
        var joiner = TokenJoiner()
        var annotations: [Annotation] = []
    }

    /// A non-verbal event, note or dependent tier whose text is being collected.
    struct Capture {
        var kind: String
        var text = ""
        var fallback: String?
        var start: Timecode?
        var end: Timecode?
        var location: SourceLocation
        var depth: Int
    }

    var builder: TranscriptBuilder
    var metadata: [String: String] = [:]
    var title: String?
    /// How many elements are open.
    private var depth = 0
    /// How many elements of each name the reader cares about enclose the current point (`body`,
    /// `particDesc`, `titleStmt`, `head`): counters rather than a search of the open elements
    /// on every tag.
    private var openBody = 0, openParticDesc = 0, openTitleStmt = 0, openHead = 0
    private var persons: [String: Person] = [:]
    private var person: Person?
    private var personField: String?
    private var times: [String: Timecode] = [:]
    private var timelineScale = 1.0
    private var titleText: String?
    private var utterance: OpenUtterance?
    private var capture: Capture?

    /// Elements whose content is an event, not words.
    static let eventElements: Set = ["pause", "vocal", "incident", "kinesic", "gap", "note", "spanGrp", "shift"]

    init(file: String, roles: [String: SpeakerRole]) {
        builder = TranscriptBuilder(file: file, roles: roles)
    }

    mutating func handle(_ event: XMLEvent) throws(ParseError) {
        switch event {
        case .start(let tag):
            depth += 1
            count(tag.name, by: 1)
            try start(tag)
        case .text(let text):
            if capture != nil { capture?.text += text; return }
            if personField != nil { addPersonText(text); return }
            if titleText != nil { titleText? += text; return }
            utterance?.joiner.appendText(text)
        case .end(let name):
            end(name)
            count(name, by: -1)
            depth -= 1
        }
    }

    private mutating func count(_ name: String, by step: Int) {
        switch name {
        case "body": openBody += step
        case "particDesc": openParticDesc += step
        case "titleStmt": openTitleStmt += step
        case "head": openHead += step
        default: break
        }
    }

    private mutating func start(_ tag: XMLStartTag) throws(ParseError) {
        if capture != nil { return }
        switch tag.name {
        case "person" where openParticDesc > 0:
            person = Person(id: tag["id"], n: tag["n"])
        case "abbr" where person != nil, "persName" where person != nil:
            personField = tag.name
        case "alt" where person != nil:
            if person?.alternative == nil { person?.alternative = tag["type"] }
        case "title" where openTitleStmt > 0 && title == nil:
            titleText = ""
        case "media" where metadata["media"] == nil:
            if let url = tag["url"] { metadata["media"] = url }
        case "timeline":
            timelineScale = tag["unit"] == "ms" ? 0.001 : 1
        case "when":
            try readWhen(tag)
        case "text" where depth <= 3:
            if let language = tag["lang"] { metadata["language"] = language }
        case "annotationBlock" where utterance == nil, "u" where utterance == nil && openBody > 0:
            let who = (tag["who"] ?? "").split(separator: " ").map { String($0.drop(while: { $0 == "#" })) }.joined(separator: " ")
            utterance = OpenUtterance(who: who, start: try time(tag, "start"), end: try time(tag, "end"),
                                      location: tag.location, depth: depth)
        case let name where openBody > 0 && TEIReadState.eventElements.contains(name):
            // `<note>` in a `<head>` (TEI_CORPO's div times) is structure, not an event.
            if name == "note", openHead > 0 { return }
            capture = Capture(kind: name == "spanGrp" ? tag["type"] ?? name : name,
                              fallback: tag["rend"] ?? tag["dur"] ?? tag["reason"] ?? tag["type"] ?? tag["new"],
                              start: try time(tag, "start") ?? utterance?.start, end: try time(tag, "end"),
                              location: tag.location, depth: depth)
        default:
            break
        }
    }

    private mutating func end(_ name: String) {
        if let open = capture {
            if name == "span" { capture?.text += " " }
            guard depth == open.depth else { return }
            capture = nil
            let annotation = Annotation(kind: open.kind, text: XMLText.folded(open.text) ?? open.fallback ?? open.kind,
                                        start: open.start, end: open.end, location: open.location)
            if utterance != nil {
                utterance?.annotations.append(annotation)
                utterance?.joiner.endToken()
            } else {
                builder.annotations.append(annotation)
            }
            return
        }
        switch name {
        case "person":
            if let person, let label = person.label {
                for key in [person.id, person.n, person.alternative].compactMap({ $0 }) { persons[key] = person }
                persons[label] = person
            }
            person = nil
        case "abbr", "persName":
            personField = nil
        case "title" where titleText != nil:
            if let text = XMLText.folded(titleText) { title = text }
            titleText = nil
        case "w", "pc", "seg":
            utterance?.joiner.endToken()
        default:
            if let open = utterance, depth == open.depth { finishUtterance(open) }
        }
    }

    private mutating func finishUtterance(_ open: OpenUtterance) {
        utterance = nil
        var annotations = open.annotations
        if !XMLText.isBlank(open.joiner.text) {
            let person = persons[open.who]
            let label = person?.label ?? (open.who.isEmpty ? "Unknown" : open.who)
            builder.speaker(label: label, name: XMLText.folded(person?.name))
            builder.addUtterance(label: label, content: open.joiner.text, start: open.start, end: open.end, at: open.location)
            for index in annotations.indices { annotations[index].utteranceIndex = builder.utterances.count - 1 }
        }
        builder.annotations += annotations
    }

    private mutating func addPersonText(_ text: String) {
        if personField == "abbr" { person?.abbreviation += text } else { person?.name += text }
    }

    /// A `<when>`: its time, absolute or an interval after an earlier point. A number that is no
    /// usable time (NaN, infinite, negative, or a sum past ``Timecode/maximum``) is a located error.
    private mutating func readWhen(_ tag: XMLStartTag) throws(ParseError) {
        guard let id = tag["id"] else { return }
        if let absolute = tag["absolute"] {
            if let time = try XMLText.checkedSeconds(absolute, attribute: "absolute", at: tag.location) ?? Timecode(parsing: absolute) {
                times[id] = time
            }
        } else if let written = tag["interval"], let interval = Double(written) {
            let origin = tag["since"].flatMap { times[String($0.drop(while: { $0 == "#" }))] } ?? Timecode(milliseconds: 0)
            guard let offset = Timecode(validSeconds: interval * timelineScale),
                  let time = Timecode(validMilliseconds: origin.milliseconds + offset.milliseconds) else {
                throw XMLText.refusedTime(attribute: "interval", value: written, at: tag.location)
            }
            times[id] = time
        }
    }

    /// A time reference (`#T1`, `T1`) resolved through the timeline, or a time written directly.
    private func time(_ tag: XMLStartTag, _ attribute: String) throws(ParseError) -> Timecode? {
        guard let reference = tag[attribute] else { return nil }
        let id = String(reference.drop(while: { $0 == "#" }))
        if let time = times[id] { return time }
        return try XMLText.checkedSeconds(id, attribute: attribute, at: tag.location)
    }
}
