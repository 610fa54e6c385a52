import ThematicModel

/// What `thematic audit` reports: the framework as coded, the framework from the data alone, the
/// findings and the thresholds used. Encodes as the JSON documented in docs/audit.md.
public struct AuditResult: Hashable, Sendable, Codable {
    /// How much of a source is coded.
    public struct Coverage: Hashable, Sendable, Codable {
        public var source: String
        public var utterances: Int
        /// Utterances touched by at least one coding.
        public var codedUtterances: Int
        public var codings: Int

        /// `codedUtterances / utterances` (0 for a source without utterances).
        public var share: Double { utterances == 0 ? 0 : Double(codedUtterances) / Double(utterances) }

        public init(source: String, utterances: Int, codedUtterances: Int, codings: Int) {
            self.source = source
            self.utterances = utterances
            self.codedUtterances = codedUtterances
            self.codings = codings
        }

        enum CodingKeys: String, CodingKey {
            case source, utterances, codings
            case codedUtterances = "coded_utterances"
        }
    }

    public var framework: FrameworkAsCoded
    public var dataFramework: DataFramework
    public var findings: [AuditFinding]
    public var thresholds: AuditThresholds
    /// Per source, in id order.
    public var coverage: [Coverage]

    public init(framework: FrameworkAsCoded, dataFramework: DataFramework, findings: [AuditFinding],
                thresholds: AuditThresholds, coverage: [Coverage]) {
        self.framework = framework
        self.dataFramework = dataFramework
        self.findings = findings
        self.thresholds = thresholds
        self.coverage = coverage
    }

    /// Audits the material.
    /// - Parameters:
    ///   - material: the codebook, sources, codings and cases.
    ///   - thresholds: the thresholds of the findings and the project's approach.
    ///   - attribute: a case attribute to split prevalence by (`interviewer`, `wai_score`).
    public init(auditing material: AuditMaterial, thresholds: AuditThresholds = AuditThresholds(), by attribute: String? = nil) {
        let index = CodedIndex(material)
        let data = DataFramework(index)
        self.init(framework: PrevalenceCounter(index: index, attribute: attribute).framework(),
                  dataFramework: data,
                  findings: FindingRules(index: index, data: data, thresholds: thresholds).findings(),
                  thresholds: thresholds,
                  coverage: material.sources.indices.map { position in
                      Coverage(source: material.sources[position].id, utterances: index.utteranceCounts[position],
                               codedUtterances: index.codedUtteranceCounts[position], codings: index.codingsPerSource[position])
                  })
    }

    /// The findings of one kind.
    public func findings(_ kind: FindingKind) -> [AuditFinding] {
        findings.filter { $0.kind == kind }
    }

    /// Whether any finding is an error (`audit --strict` then fails).
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    enum CodingKeys: String, CodingKey {
        case framework, findings, thresholds, coverage
        case dataFramework = "data_framework"
    }
}
