import ThematicModel

/// Assembles a ``Transcript``'s canonical text and spans as a parser finds utterances.
///
/// Every parser funnels through here, so every format obeys one rendering rule: one utterance a
/// line, `Label: content`, LF-terminated; runs of white space inside the content (line breaks of
/// continuation lines, tabs) folded to one space; spans counted in Unicode scalars as the text
/// grows, never recomputed from the start.
public struct TranscriptBuilder: Sendable {
    public let file: String
    private let roles: [String: SpeakerRole]
    private var speakers: [Speaker] = []
    private var speakerByKey: [String: Int] = [:]
    private var text = ""
    private var scalarCount = 0
    private(set) public var utterances: [Utterance] = []
    public var annotations: [Annotation] = []
    public var warnings: [Diagnostic] = []

    /// - Parameters:
    ///   - file: the original file's name, for locations.
    ///   - roles: roles chosen by the user, keyed by ``SpeakerLabel/key(_:)``.
    public init(file: String, roles: [String: SpeakerRole] = [:]) {
        self.file = file
        self.roles = roles
    }

    /// The id of the speaker a label names, adding the speaker the first time the label is seen.
    /// Labels that differ only in case or spacing name one speaker.
    /// - Parameters:
    ///   - label: the label as written.
    ///   - name: a fuller name than the label, if the format gives one (CHAT `@Participants`).
    ///   - role: the role the format states; otherwise the user's map, then a guess from the label.
    @discardableResult
    public mutating func speaker(label: String, name: String? = nil, role: SpeakerRole? = nil) -> String {
        let key = SpeakerLabel.key(label)
        if let index = speakerByKey[key] { return speakers[index].id }
        let id = SpeakerLabel.display(label)
        let resolvedRole = roles[key] ?? role ?? SpeakerRole.guess(fromLabel: name ?? id)
        speakerByKey[key] = speakers.count
        speakers.append(Speaker(id: id, name: name.map(SpeakerLabel.display) ?? id, role: resolvedRole))
        return id
    }

    /// Adds an utterance as a new line of the canonical text.
    /// - Parameters:
    ///   - label: the speaker label as written.
    ///   - content: the words; white space runs are folded and the ends trimmed.
    ///   - start: when the turn starts, if known.
    ///   - end: when the turn ends, if known.
    ///   - location: where the turn begins in the original file.
    public mutating func addUtterance(label: String, content: some StringProtocol, start: Timecode? = nil,
                                      end: Timecode? = nil, at location: SourceLocation) {
        let speakerID = speaker(label: label)
        let shownLabel = speakerID
        let folded = TranscriptBuilder.fold(content)
        let labelStart = scalarCount
        append(shownLabel)
        let labelEnd = scalarCount
        append(": ")
        let contentStart = scalarCount
        append(folded)
        let contentEnd = scalarCount
        append("\n")
        utterances.append(Utterance(
            speakerID: speakerID,
            span: TextSpan(start: contentStart, end: contentEnd),
            labelSpan: TextSpan(start: labelStart, end: labelEnd),
            start: start, end: end, location: location))
    }

    /// Adds text to the content of the last utterance (a continuation line), separated by a space.
    /// - Returns: `false` when there is no utterance to continue.
    @discardableResult
    public mutating func continueLastUtterance(with content: some StringProtocol) -> Bool {
        guard var last = utterances.popLast() else { return false }
        let folded = TranscriptBuilder.fold(content)
        guard !folded.isEmpty else { utterances.append(last); return true }
        // Drop the trailing LF, extend the content, and put the LF back.
        text.removeLast()
        scalarCount -= 1
        if !last.span.isEmpty { append(" ") }
        append(folded)
        last.span = TextSpan(start: last.span.start, end: scalarCount)
        append("\n")
        utterances.append(last)
        return true
    }

    /// Sets the end of the last utterance.
    public mutating func setEndOfLastUtterance(_ end: Timecode) {
        guard !utterances.isEmpty else { return }
        utterances[utterances.count - 1].end = end
    }

    /// Sets the start of the last utterance (a time that turns up on the line after its label).
    public mutating func setStartOfLastUtterance(_ start: Timecode) {
        guard !utterances.isEmpty else { return }
        utterances[utterances.count - 1].start = start
    }

    /// Records a warning at a place in the original file.
    public mutating func warn(_ message: String, line: Int, column: Int = 1) {
        warnings.append(Diagnostic(.warning, message, at: SourceLocation(file: file, line: line, column: column)))
    }

    /// Whether any utterance has been added.
    public var isEmpty: Bool { utterances.isEmpty }

    /// Finishes the transcript.
    /// - Parameters:
    ///   - inferEnds: give an utterance with a start but no end the next utterance's start as its end
    ///     (right for formats that mark only where turns begin), and the last one `lastEnd`.
    public func build(id: String, title: String, metadata: [String: String], origin: TranscriptOrigin,
                      inferEnds: Bool = false, lastEnd: Timecode? = nil) -> Transcript {
        var utterances = self.utterances
        if inferEnds {
            var nextStart = lastEnd
            for index in utterances.indices.reversed() {
                if utterances[index].end == nil, let start = utterances[index].start,
                   let candidate = nextStart, candidate >= start {
                    utterances[index].end = candidate
                }
                if let start = utterances[index].start { nextStart = start }
            }
        }
        return Transcript(id: id, title: title, text: text, speakers: speakers, utterances: utterances,
                          annotations: annotations, metadata: metadata, origin: origin)
    }

    private mutating func append(_ piece: String) {
        text += piece
        scalarCount += TranscriptBuilder.scalarCount(piece)
    }

    /// The number of Unicode scalars in a string: its UTF-8 bytes that do not continue a scalar.
    static func scalarCount(_ string: String) -> Int {
        var string = string
        return string.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// Folds runs of layout white space (spaces, tabs, line breaks) to one space and trims the ends.
    /// No-break spaces and other meaningful spacing characters are kept as written.
    public static func fold(_ content: some StringProtocol) -> String {
        var content = String(content)
        // Works on the UTF-8 bytes in place: appending scalar by scalar to a String, or copying
        // the bytes into an array first, dominated parse time otherwise.
        return content.withUTF8 { bytes in
            if isFolded(bytes) { return String(decoding: bytes, as: UTF8.self) }
            return String(unsafeUninitializedCapacity: bytes.count) { result in
                var written = 0
                var pendingSpace = false
                var index = 0
                while index < bytes.count {
                    let length = layoutSpaceLength(bytes, at: index)
                    if length > 0 {
                        pendingSpace = written > 0
                        index += length
                    } else {
                        if pendingSpace {
                            result[written] = 0x20
                            written += 1
                        }
                        pendingSpace = false
                        result[written] = bytes[index]
                        written += 1
                        index += 1
                    }
                }
                return written
            }
        }
    }

    /// Whether folding would leave the bytes as they are: no layout space at either end, and
    /// none inside but single ASCII spaces (the common case, copied without rewriting).
    private static func isFolded(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return bytes.isEmpty }
        var previousWasSpace = false
        for index in bytes.indices {
            switch bytes[index] {
            case 0x20:
                if previousWasSpace { return false }
                previousWasSpace = true
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xC2, 0xE2:
                // Tabs and line breaks always fold; C2/E2 may start U+0085 or U+2028/9: check them.
                if layoutSpaceLength(bytes, at: index) > 0 { return false }
                previousWasSpace = false
            default:
                previousWasSpace = false
            }
        }
        return true
    }

    /// The byte length of a layout space starting at `index` in UTF-8 (0 when there is none):
    /// space, tab, LF, VT, FF, CR, U+0085 (C2 85), U+2028 / U+2029 (E2 80 A8 / A9).
    private static func layoutSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
            return 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85:
            return 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            return 3
        default:
            return 0
        }
    }

    /// Space, tab and the line-breaking characters: what a line of transcript is laid out with
    /// (the scalar form of what ``fold(_:)`` folds).
    public static func isLayoutSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
