import ThematicModel

/// Reads EXMARaLDA basic transcriptions (`.exb`).
///
/// - Time: `<common-timeline>`/`<tli id time>`; points without `time` are interpolated between
///   their timed neighbours in timeline order (as ELAN slots are, see ``ELANTimeline``).
/// - Speakers: `<speakertable>/<speaker id>`; the label is its `<abbreviation>` (else the id).
/// - Utterances: the events of each tier of `type="t"` with a `speaker`; events that follow each
///   other without a gap (one's `end` is the next's `start`) form one utterance, their texts
///   concatenated as written. Utterances of all tiers are ordered by their start point in the
///   timeline, so overlapping speech interleaves.
/// - Events of other tiers (`type="a"` annotations, `type="d"` descriptions) become annotations
///   of kind `category` (else the tier type), attached to the speaker's utterance they fall in.
public struct EXMARaLDAParser: TranscriptParser {
    public static let format = TranscriptFormat.exmaralda

    public init() {}

    /// Consecutive events of one tier: one utterance.
    private struct Run {
        var label: String
        var name: String?
        var tierIndex: Int
        var text: String
        var from: Int
        var to: Int
        var location: SourceLocation
    }

    public func parse(_ input: ParserInput, options: ParserOptions) throws(ParseError) -> ParseResult {
        let document = try XMLElement.document(input, root: "basic-transcription", format: "an EXMARaLDA basic transcription", options: options)
        let root = document.root
        var builder = document.builder
        let head = root.first("head")
        var labels: [String: String] = [:]
        for speaker in head?.first("speakertable")?.elements("speaker") ?? [] {
            guard let id = speaker["id"] else { continue }
            labels[id] = XMLText.folded(speaker.first("abbreviation")?.text) ?? id
        }
        let body = root.first("basic-body")
        let points = body?.first("common-timeline")?.elements("tli") ?? []
        var slots: [(id: String, value: Int?)] = []
        for point in points {
            guard let id = point["id"] else { continue }
            slots.append((id: id, value: try XMLText.checkedSeconds(point["time"], attribute: "time", at: point.location)?.milliseconds))
        }
        let timeline = ELANTimeline(slots: slots)
        var runs: [Run] = []
        var others: [(tier: XMLElement, event: XMLElement)] = []
        for (tierIndex, tier) in (body?.elements("tier") ?? []).enumerated() {
            guard tier["type"] == "t", let speaker = tier["speaker"] else {
                others += tier.elements("event").map { (tier, $0) }
                continue
            }
            var current: Run?
            for event in tier.elements("event") {
                guard let from = event["start"].flatMap({ timeline.order[$0] }), let to = event["end"].flatMap({ timeline.order[$0] }) else {
                    builder.warn("event without a known start or end point is left out", line: event.location.line, column: event.location.column)
                    continue
                }
                if var run = current, run.to == from {
                    run.text += event.text
                    run.to = to
                    current = run
                } else {
                    if let run = current { runs.append(run) }
                    current = Run(label: labels[speaker] ?? speaker, tierIndex: tierIndex, text: event.text,
                                  from: from, to: to, location: event.location)
                }
            }
            if let run = current { runs.append(run) }
        }
        runs.sort { ($0.from, $0.tierIndex) < ($1.from, $1.tierIndex) }
        let ids = points.compactMap { $0["id"] }
        func time(_ position: Int) -> Timecode? { ids.indices.contains(position) ? timeline[ids[position]] : nil }
        var placed: [(run: Run, index: Int)] = []
        for run in runs where !XMLText.isBlank(run.text) {
            builder.addUtterance(label: run.label, content: run.text, start: time(run.from), end: time(run.to), at: run.location)
            placed.append((run, builder.utterances.count - 1))
        }
        for (tier, event) in others where !XMLText.isBlank(event.text) {
            let from = event["start"].flatMap { timeline.order[$0] }
            let owner = tier["speaker"].map { labels[$0] ?? $0 }
            let utterance = placed.first { entry in
                guard let from, owner == nil || entry.run.label == owner else { return false }
                return entry.run.from <= from && from < entry.run.to
            }?.index
            builder.annotations.append(Annotation(
                kind: tier["category"].flatMap(XMLText.folded) ?? tier["type"] ?? "annotation",
                text: TranscriptBuilder.fold(event.text), utteranceIndex: utterance,
                start: timeline[event["start"]], end: timeline[event["end"]], location: event.location))
        }
        var metadata: [String: String] = [:]
        let meta = head?.first("meta-information")
        if let media = meta?.first("referenced-file")?["url"], !media.isEmpty { metadata["media"] = media }
        if let project = XMLText.folded(meta?.first("project-name")?.text) { metadata["project"] = project }
        let title = XMLText.folded(meta?.first("transcription-name")?.text) ?? input.stem
        let transcript = builder.build(id: XMLText.defaultID(input), title: title, metadata: metadata,
                                       origin: TranscriptOrigin(format: .exmaralda, fileName: input.file, sha256: ""))
        return ParseResult(transcript: transcript, warnings: builder.warnings)
    }
}
