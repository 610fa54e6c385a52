import ThematicModel

/// A retrieval query: which utterances, coded how, spoken by whom, to show.
///
/// A segment is an utterance; the codes of a segment are those of the codings overlapping it,
/// so `A AND B` finds utterances coded with both.
public struct Retrieval: Sendable {
    public var query: CodeQuery
    /// Match codes only by their own id, not their descendants'.
    public var exact: Bool
    /// Only utterances of these speakers (speaker id or name; empty: all).
    public var speakers: [String]
    /// Only utterances of speakers with these roles (empty: all).
    public var roles: [SpeakerRole]
    /// Only codings by these coders count (empty: all).
    public var coders: [String]
    /// Also show this many utterances before and after each hit.
    public var context: Int

    public init(query: CodeQuery, exact: Bool = false, speakers: [String] = [], roles: [SpeakerRole] = [],
                coders: [String] = [], context: Int = 0) {
        self.query = query
        self.exact = exact
        self.speakers = speakers
        self.roles = roles
        self.coders = coders
        self.context = context
    }

    /// One utterance the query found, or one shown around it.
    public struct Segment: Hashable, Sendable {
        public var sourceID: String
        /// 1-based utterance number.
        public var utterance: Int
        public var speaker: Speaker
        public var start: Timecode?
        public var end: Timecode?
        public var span: TextSpan
        public var text: String
        /// The codes touching the utterance (after the coder filter), sorted.
        public var codes: [String]
        /// Whether it is shown only as context of a hit.
        public var isContext: Bool
        /// Memos on the codings touching the utterance (filled in by the project, which holds them).
        public var memos: [CodingNote] = []
    }

    /// The segments of one transcript, in text order.
    /// - Parameters:
    ///   - transcript: the source's current revision.
    ///   - codings: the codings on that revision.
    public func segments(in transcript: Transcript, codings: [Coding]) -> [Segment] {
        let counted = coders.isEmpty ? codings : codings.filter { coders.contains($0.coderID) }
        let coded = CodedUtterance.all(in: transcript, codings: counted)
        let speakers = Dictionary(transcript.speakers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var hits = Set<Int>()
        for unit in coded where query.matches(unit.codes, exact: exact) {
            let utterance = transcript.utterances[unit.index]
            let speaker = speakers[utterance.speakerID]
            if !roles.isEmpty, !roles.contains(speaker?.role ?? .other) { continue }
            if !self.speakers.isEmpty,
               !self.speakers.contains(where: { $0 == utterance.speakerID || $0 == speaker?.name }) { continue }
            hits.insert(unit.index)
        }
        var shown = Set<Int>()
        // A negative context shows no neighbours; a huge one all of them (and cannot overflow).
        let reach = min(max(context, 0), transcript.utterances.count)
        for hit in hits {
            for index in max(0, hit - reach)...min(transcript.utterances.count - 1, hit + reach) { shown.insert(index) }
        }
        let index = TextIndex(transcript.text)
        return shown.sorted().map { number in
            let utterance = transcript.utterances[number]
            return Segment(sourceID: transcript.id, utterance: number + 1,
                           speaker: speakers[utterance.speakerID] ?? Speaker(id: utterance.speakerID, name: utterance.speakerID, role: .other),
                           start: utterance.start, end: utterance.end, span: utterance.span,
                           text: String(index.slice(utterance.span)), codes: coded[number].codes.sorted(),
                           isContext: !hits.contains(number))
        }
    }
}
