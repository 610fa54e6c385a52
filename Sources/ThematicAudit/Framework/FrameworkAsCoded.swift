import ThematicModel

/// The declared framework as the codings bear it out: theme → subthemes → codes → the sources and
/// participants of their coded segments, with the prevalence of every node.
public struct FrameworkAsCoded: Hashable, Sendable, Codable {
    /// A theme with its prevalence (its own codes and its subthemes' codes together).
    public struct ThemeNode: Hashable, Sendable, Codable {
        public var id: String
        public var name: String
        public var status: ThemeStatus
        public var definition: String
        public var prevalence: Prevalence
        public var codes: [CodeNode]
        public var subthemes: [ThemeNode]

        public init(id: String, name: String, status: ThemeStatus, definition: String, prevalence: Prevalence,
                    codes: [CodeNode], subthemes: [ThemeNode]) {
            self.id = id
            self.name = name
            self.status = status
            self.definition = definition
            self.prevalence = prevalence
            self.codes = codes
            self.subthemes = subthemes
        }
    }

    /// A code of a theme with its prevalence and where its segments are.
    public struct CodeNode: Hashable, Sendable, Codable {
        public var id: String
        public var name: String
        public var prevalence: Prevalence
        /// Per source with segments of the code: how many, and the participants speaking in them.
        public var sources: [SourceEvidence]

        public init(id: String, name: String, prevalence: Prevalence, sources: [SourceEvidence]) {
            self.id = id
            self.name = name
            self.prevalence = prevalence
            self.sources = sources
        }
    }

    /// A code's segments in one source.
    public struct SourceEvidence: Hashable, Sendable, Codable {
        public var source: String
        public var segments: Int
        /// `source/speaker` of each participant speaking in the segments.
        public var participants: [String]

        public init(source: String, segments: Int, participants: [String]) {
            self.source = source
            self.segments = segments
            self.participants = participants
        }
    }

    /// The top-level themes, in codebook order.
    public var themes: [ThemeNode]
    /// All sources of the study.
    public var sources: Int
    /// All participants of the study (speakers with the participant role, per source).
    public var participants: Int
    /// The case attribute prevalence is split by, if any.
    public var attribute: String?

    public init(themes: [ThemeNode], sources: Int, participants: Int, attribute: String?) {
        self.themes = themes
        self.sources = sources
        self.participants = participants
        self.attribute = attribute
    }

    /// Every theme node, depth first (each theme before its subthemes).
    public var allThemes: [ThemeNode] {
        func walk(_ node: ThemeNode) -> [ThemeNode] { [node] + node.subthemes.flatMap(walk) }
        return themes.flatMap(walk)
    }
}
