import ThematicModel

/// Reads ELAN annotation documents (`.eaf`, EAF 2.x and 3.0).
///
/// - Time: `TIME_ORDER`/`TIME_SLOT`, in milliseconds; slots without a value are interpolated
///   (see ``ELANTimeline``).
/// - Transcription tiers: by default every top-level tier (no `PARENT_REF`) that holds
///   `ALIGNABLE_ANNOTATION`s; with ``ParserOptions/tier`` only the tier of that `TIER_ID`.
///   The speaker label is the `TIER_ID`, the speaker's name its `PARTICIPANT`.
/// - Utterances from all transcription tiers are ordered by start time (then tier order), so
///   overlapping speech across tiers interleaves as it was spoken.
/// - Annotations of the other tiers (`REF_ANNOTATION`s, child tiers) become annotations of kind
///   `TIER_ID`, attached to the utterance they depend on.
public struct ELANParser: TranscriptParser {
    public static let format = TranscriptFormat.elan

    public init() {}

    /// One annotation of a tier, with its times resolved.
    struct Entry {
        var id: String
        var tier: String
        var tierIndex: Int
        var value: String
        var start: Timecode?
        var end: Timecode?
        var order: Int
        var reference: String?
        var location: SourceLocation
    }

    public func parse(_ input: ParserInput, options: ParserOptions) throws(ParseError) -> ParseResult {
        // Streamed: the document's annotations are collected as they go by, never as a tree.
        var state = ELANReadState()
        let warnings = try XMLStreamReader.read(input) { event throws(ParseError) in try state.handle(event) }
        guard let root = state.root else { throw .empty(path: input.file) }
        guard root.name == "ANNOTATION_DOCUMENT" else {
            throw .malformed(message: "not an ELAN file: the root element is <\(root.name)>, expected <ANNOTATION_DOCUMENT>", at: root.location)
        }
        var builder = TranscriptBuilder(file: input.file, roles: options.roles)
        builder.warnings = warnings
        let timeline = ELANTimeline(slots: state.slots)
        let tiers = state.tiers
        let chosen = try chosenTiers(tiers, options: options, root: root)
        let entries = state.entries.enumerated().map { order, read in
            let tierIndex = read.tierIndex
            return Entry(id: read.tag["ANNOTATION_ID"] ?? "", tier: tiers[tierIndex]["TIER_ID"] ?? "tier\(tierIndex + 1)",
                         tierIndex: tierIndex, value: read.value,
                         start: timeline[read.tag["TIME_SLOT_REF1"]], end: timeline[read.tag["TIME_SLOT_REF2"]],
                         order: order, reference: read.tag["ANNOTATION_REF"], location: read.tag.location)
        }
        let participants = Dictionary(tiers.map { ($0["TIER_ID"] ?? "", $0["PARTICIPANT"] ?? "") }, uniquingKeysWith: { first, _ in first })
        let spoken = entries.filter { chosen.contains($0.tier) && $0.reference == nil && !XMLText.isBlank($0.value) }
            .sorted { ($0.start ?? Timecode(milliseconds: 0), $0.tierIndex, $0.order) < ($1.start ?? Timecode(milliseconds: 0), $1.tierIndex, $1.order) }
        var utteranceOfAnnotation: [String: Int] = [:]
        for entry in spoken {
            builder.speaker(label: entry.tier, name: XMLText.folded(participants[entry.tier]))
            builder.addUtterance(label: entry.tier, content: entry.value, start: entry.start, end: entry.end, at: entry.location)
            utteranceOfAnnotation[entry.id] = builder.utterances.count - 1
        }
        let byID = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let parents = Dictionary(tiers.map { ($0["TIER_ID"] ?? "", $0["PARENT_REF"]) }, uniquingKeysWith: { first, _ in first })
        for entry in entries where !(chosen.contains(entry.tier) && entry.reference == nil) && !XMLText.isBlank(entry.value) {
            var resolved = entry
            var hops = 0
            // A REF_ANNOTATION takes its times and utterance from the annotation it refers to.
            while let reference = resolved.reference, let parent = byID[reference], hops < 32 {
                resolved = parent
                hops += 1
            }
            let utterance = utteranceOfAnnotation[resolved.id]
                ?? containingUtterance(of: resolved, rootTier: rootTier(of: entry.tier, parents: parents), in: builder)
            builder.annotations.append(Annotation(kind: entry.tier, text: TranscriptBuilder.fold(entry.value),
                                                  utteranceIndex: utterance, start: resolved.start, end: resolved.end,
                                                  location: entry.location))
        }
        var metadata: [String: String] = [:]
        if let media = state.mediaDescriptor?["MEDIA_URL"], !media.isEmpty { metadata["media"] = media }
        for key in ["AUTHOR", "DATE", "FORMAT"] { if let value = root[key], !value.isEmpty { metadata[key.lowercased()] = value } }
        let transcript = builder.build(id: XMLText.defaultID(input), title: input.stem, metadata: metadata,
                                       origin: TranscriptOrigin(format: .elan, fileName: input.file, sha256: ""))
        return ParseResult(transcript: transcript, warnings: builder.warnings)
    }

    /// A `TIME_VALUE` in milliseconds; one outside `0...Timecode.maximum` (or past `Int`) is refused
    /// here, so interpolating between slots can never overflow.
    static func milliseconds(_ text: String?, at location: SourceLocation) throws(ParseError) -> Int? {
        guard let text, !text.isEmpty else { return nil }
        guard let value = Int(text), Timecode(validMilliseconds: value) != nil else {
            throw .malformed(message: "TIME_VALUE=\"\(text.prefix(40))\" is not a usable time: expected whole milliseconds from 0 to \(Timecode.maximum.milliseconds)",
                             at: location)
        }
        return value
    }

    /// The tiers read as speech: the one the user named, or the top-level tiers with aligned annotations.
    private func chosenTiers(_ tiers: [ELANReadState.Tier], options: ParserOptions, root: XMLStartTag) throws(ParseError) -> Set<String> {
        let ids = tiers.compactMap { $0["TIER_ID"] }
        if let wanted = options.tier {
            guard ids.contains(wanted) else {
                throw .malformed(message: "no tier '\(wanted)' in this file; its tiers are: \(ids.map { "'\($0)'" }.joined(separator: ", "))",
                                 at: root.location)
            }
            return [wanted]
        }
        return Set(tiers.filter { $0["PARENT_REF"] == nil && $0.hasAlignable }.compactMap { $0["TIER_ID"] })
    }

    private func rootTier(of tier: String, parents: [String: String?]) -> String {
        var current = tier
        var hops = 0
        while let parent = parents[current] ?? nil, hops < 32 {
            current = parent
            hops += 1
        }
        return current
    }

    /// The utterance of the root tier whose time range holds an aligned annotation of a child tier.
    private func containingUtterance(of entry: Entry, rootTier: String, in builder: TranscriptBuilder) -> Int? {
        guard let start = entry.start else { return nil }
        return builder.utterances.firstIndex { utterance in
            guard utterance.speakerID == SpeakerLabel.display(rootTier), let from = utterance.start, let to = utterance.end else { return false }
            return from <= start && start < to
        }
    }
}
