/// One thing the audit found: a stable id, a severity, a message for people, the objects it is
/// about and the counts behind it.
public struct AuditFinding: Hashable, Sendable, Codable {
    /// The objects a finding names, by id.
    public struct Objects: Hashable, Sendable, Codable {
        public var themes: [String]
        public var codes: [String]
        public var sources: [String]
        public var coders: [String]
        public var codings: [String]

        public init(themes: [String] = [], codes: [String] = [], sources: [String] = [], coders: [String] = [],
                    codings: [String] = []) {
            self.themes = themes
            self.codes = codes
            self.sources = sources
            self.coders = coders
            self.codings = codings
        }
    }

    public var kind: FindingKind
    public var severity: AuditSeverity
    public var message: String
    public var objects: Objects
    /// The numbers behind the finding (`segments`, `participants`, `jaccard`, …).
    public var counts: [String: Double]

    public init(kind: FindingKind, severity: AuditSeverity, message: String, objects: Objects, counts: [String: Double] = [:]) {
        self.kind = kind
        self.severity = severity
        self.message = message
        self.objects = objects
        self.counts = counts
    }

    /// The stable id of the finding's kind.
    public var id: String { kind.rawValue }

    enum CodingKeys: String, CodingKey {
        case id, severity, message, objects, counts
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(String.self, forKey: .id)
        guard let kind = FindingKind(rawValue: id) else {
            throw DecodingError.dataCorruptedError(forKey: .id, in: container, debugDescription: "unknown finding id \(id)")
        }
        self.kind = kind
        severity = try container.decode(AuditSeverity.self, forKey: .severity)
        message = try container.decode(String.self, forKey: .message)
        objects = try container.decode(Objects.self, forKey: .objects)
        counts = try container.decode([String: Double].self, forKey: .counts)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind.rawValue, forKey: .id)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(objects, forKey: .objects)
        try container.encode(counts, forKey: .counts)
    }
}
