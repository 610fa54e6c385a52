import ThematicModel

/// Reads CHAT (`.cha`) transcripts of CLAN / TalkBank.
///
/// - `@Begin` is required (before it only `@UTF8`, `@PID`, `@Font`, `@Window` may stand); `@End`
///   closes the file (its absence is a warning).
/// - `@Participants` gives codes, names and roles (roles become speaker roles: Investigator →
///   interviewer, Interpreter → interpreter …); `@ID` and the other headers before the first tier
///   become metadata, headers among the tiers (`@Comment`, `@G`, `@Bg`) annotations.
/// - Main tiers `*CODE:` (tab or spaces after the colon) are utterances; lines starting with a
///   tab continue the tier above; dependent tiers (`%mor`, `%gra`, `%com` …) become annotations
///   of the utterance, never part of its text.
/// - Media bullets `␕start_end␕` (milliseconds) give the utterance's times and leave the text.
public struct CHATParser: TranscriptParser {
    public static let format = TranscriptFormat.chat

    public init() {}

    public func parse(_ input: ParserInput, options: ParserOptions) throws(ParseError) -> ParseResult {
        let decoded = try input.decoded()
        var builder = TranscriptBuilder(file: input.file, roles: options.roles)
        builder.warnings += decoded.warnings
        var metadata: [String: String] = [:]
        var participants: [String: CHATParticipant] = [:]
        var began = false
        var ended = false
        var lastLine = 0
        /// The tier being read, flushed when the next one starts (its continuation lines come first).
        var open: Tier?

        func flush(_ tier: Tier?) throws(ParseError) {
            guard let tier else { return }
            switch tier.kind {
            case .main(let code):
                let (words, start, end) = Self.strippingBullets(tier.text)
                if participants[code] == nil, participants[code.uppercased()] == nil {
                    builder.warn("speaker *\(code) is not listed in @Participants", line: tier.location.line, column: 2)
                }
                builder.addUtterance(label: code, content: words, start: start, end: end, at: tier.location)
            case .dependent(let name):
                let (words, _, _) = Self.strippingBullets(tier.text)
                builder.annotations.append(Annotation(
                    kind: "%" + name, text: TranscriptBuilder.fold(words),
                    utteranceIndex: builder.isEmpty ? nil : builder.utterances.count - 1, location: tier.location))
            case .header(let name):
                let value = TranscriptBuilder.fold(tier.text)
                if name.lowercased() == "participants" {
                    for participant in CHATParticipant.list(value) {
                        participants[participant.code] = participant
                        builder.speaker(label: participant.code, name: participant.name, role: participant.role)
                    }
                }
                if builder.isEmpty {
                    let key = name.lowercased() == "id" ? "id " + (value.split(separator: "|", omittingEmptySubsequences: false)
                        .dropFirst(2).first.map(String.init) ?? "") : name.lowercased()
                    metadata[key] = metadata[key].map { $0 + "\n" + value } ?? value
                } else {
                    builder.annotations.append(Annotation(kind: "@" + name, text: value,
                                                          utteranceIndex: builder.utterances.count - 1, location: tier.location))
                }
            }
        }

        for line in Lines(decoded.text) {
            lastLine = line.number
            let text = line.text
            guard let first = text.first else { continue }
            if first == "\t" || first == " " {
                if open != nil { open?.text += " " + text } else if !text.isBlankLine {
                    builder.warn("an indented line with no tier above it is left out", line: line.number)
                }
                continue
            }
            try flush(open)
            open = nil
            if ended {
                builder.warn("text after @End is left out", line: line.number)
                break
            }
            let location = SourceLocation(file: input.file, line: line.number)
            switch first {
            case "@":
                let (name, value) = Self.header(text)
                switch name.lowercased() {
                case "begin": began = true
                case "end": ended = true
                case "utf8", "pid", "font", "window", "colorwords":
                    if name.lowercased() != "utf8" { metadata[name.lowercased()] = String(value) }
                default:
                    guard began else {
                        throw .malformed(message: "@\(name) before @Begin: a CHAT file must open with @Begin (after @UTF8)",
                                         at: location)
                    }
                    open = Tier(kind: .header(String(name)), text: String(value), location: location)
                }
            case "*", "%":
                guard began else {
                    throw .malformed(message: "a tier before @Begin: a CHAT file must open with @Begin (after @UTF8)", at: location)
                }
                guard let colon = text.firstIndex(of: ":") else {
                    throw .malformed(message: "a tier must be written '\(first)CODE:' followed by a tab and its text",
                                     at: location)
                }
                let code = String(text[text.index(after: text.startIndex)..<colon])
                guard !code.isEmpty, !code.contains(" ") else {
                    throw .malformed(message: "'\(text[..<colon])' is not a tier code", at: SourceLocation(file: input.file, line: line.number, column: 2))
                }
                let value = String(text[text.index(after: colon)...])
                open = Tier(kind: first == "*" ? .main(code) : .dependent(code), text: value,
                            location: SourceLocation(file: input.file, line: line.number, column: 2))
            default:
                if text.isBlankLine { continue }
                throw .malformed(message: "a CHAT line must start with '@' (header), '*' (speaker tier), '%' (dependent tier) or a tab (continuation)",
                                 at: location)
            }
        }
        try flush(open)
        guard began else {
            throw .malformed(message: "no @Begin line: a CHAT file must open with @Begin (after @UTF8)",
                             at: SourceLocation(file: input.file, line: 1))
        }
        if !ended { builder.warn("no @End line: the file may be cut short", line: lastLine) }
        let transcript = builder.build(
            id: SourceID.sanitize(input.stem) ?? "transcript", title: input.stem, metadata: metadata,
            origin: TranscriptOrigin(format: Self.format, fileName: input.file, sha256: ""))
        return ParseResult(transcript: transcript, warnings: builder.warnings)
    }

    /// A tier as it is being read.
    private struct Tier {
        enum Kind { case main(String), dependent(String), header(String) }
        var kind: Kind
        var text: String
        var location: SourceLocation
    }

    /// The name and value of `@Name:\tvalue` (or `@Name` alone).
    private static func header(_ line: Substring) -> (name: Substring, value: Substring) {
        let body = line.dropFirst()
        guard let colon = body.firstIndex(of: ":") else { return (body.droppingTrailingSpaces(), body[body.endIndex...]) }
        return (body[..<colon], body[body.index(after: colon)...].droppingLeadingSpaces())
    }

    /// The tier's words without media bullets, and the times the bullets give (first start, last end).
    ///
    /// Scans UTF-8 bytes: U+0015 is a control character, always a grapheme of its own, so its
    /// byte marks exactly the bullets a walk over `Character`s finds, at a fraction of the cost.
    static func strippingBullets(_ text: String) -> (words: String, start: Timecode?, end: Timecode?) {
        var text = text
        return text.withUTF8 { bytes -> (words: String, start: Timecode?, end: Timecode?) in
            guard bytes.contains(0x15) else { return (String(decoding: bytes, as: UTF8.self), nil, nil) }
            var words: [UInt8] = []
            words.reserveCapacity(bytes.count)
            var start: Timecode?, end: Timecode?
            var inside = false
            var segment = 0
            for index in bytes.indices where bytes[index] == 0x15 {
                let piece = UnsafeBufferPointer(rebasing: bytes[segment..<index])
                if inside {
                    if let (from, to) = times(String(decoding: piece, as: UTF8.self)) {
                        start = start ?? from
                        end = to
                    }
                } else {
                    words.append(contentsOf: piece)
                }
                inside.toggle()
                words.append(0x20)
                segment = index + 1
            }
            // After an unclosed bullet the rest is bullet text, and dropped, as it always was.
            if !inside { words.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment...])) }
            return (String(decoding: words, as: UTF8.self), start, end)
        }
    }

    /// `835_3665` or `%snd:"file"_835_3665` → 835 ms and 3665 ms.
    private static func times(_ bullet: String) -> (Timecode, Timecode)? {
        let parts = bullet.split(separator: "_")
        guard parts.count >= 2, let from = Int(parts[parts.count - 2]).flatMap(Timecode.init(validMilliseconds:)),
              let to = Int(parts[parts.count - 1]).flatMap(Timecode.init(validMilliseconds:)) else { return nil }
        return (from, to)
    }
}
