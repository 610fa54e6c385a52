import ThematicModel

/// Everything the audit looks at, gathered by the caller (the `Thematic` front door reads it from
/// the project file); the audit itself does no I/O.
public struct AuditMaterial: Sendable {
    /// One source's current revision, as far as the audit needs it.
    public struct Source: Hashable, Sendable {
        public var id: String
        /// Who interviewed (the case attribute `interviewer`, else the transcript's metadata), if known.
        public var interviewer: String?
        /// The utterances in text order.
        public var utterances: [Utterance]

        public init(id: String, interviewer: String? = nil, utterances: [Utterance] = []) {
            self.id = id
            self.interviewer = interviewer
            self.utterances = utterances
        }
    }

    /// An utterance's content span and who says it.
    public struct Utterance: Hashable, Sendable {
        public var span: TextSpan
        public var speakerID: String
        public var role: SpeakerRole

        public init(span: TextSpan, speakerID: String, role: SpeakerRole) {
            self.span = span
            self.speakerID = speakerID
            self.role = role
        }
    }

    /// A coding on a source's current revision.
    public struct Coding: Hashable, Sendable {
        public var id: String
        public var sourceID: String
        public var span: TextSpan
        public var codeID: String
        public var coderID: String
        /// Whether re-anchoring flagged it (its text was edited in a corrected revision) and no one has reviewed it.
        public var isFlagged: Bool

        public init(id: String, sourceID: String, span: TextSpan, codeID: String, coderID: String, isFlagged: Bool = false) {
            self.id = id
            self.sourceID = sourceID
            self.span = span
            self.codeID = codeID
            self.coderID = coderID
            self.isFlagged = isFlagged
        }
    }

    public var codebook: Codebook
    /// Every source, in id order.
    public var sources: [Source]
    /// Every coding on the sources' current revisions.
    public var codings: [Coding]
    /// The study's cases with their attributes (for `--by ATTRIBUTE`).
    public var cases: [StudyCase]

    public init(codebook: Codebook, sources: [Source] = [], codings: [Coding] = [], cases: [StudyCase] = []) {
        self.codebook = codebook
        self.sources = sources
        self.codings = codings
        self.cases = cases
    }
}
