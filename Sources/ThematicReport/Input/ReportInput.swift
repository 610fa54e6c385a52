import Foundation
import ThematicModel

/// Everything a report shows, as plain values: what the front door (`Project.report`) gathers
/// from a project and hands to ``HTMLReport`` or ``MarkdownReport``.
///
/// The renderers compute nothing about the study; they only lay out these values. Optional parts
/// (agreement, audit findings, scope notes, subthemes, chosen exemplars) are shown when present
/// and left out, with no empty heading, when absent.
public struct ReportInput: Hashable, Sendable, Codable {
    /// The study's name, as the project records it.
    public var studyName: String
    /// The family of thematic analysis the project follows (`reflexive`, `codebook`,
    /// `coding reliability`), when the project says.
    public var approach: String?
    /// The phase the project is in.
    public var phase: Phase
    /// When the report was made.
    public var generatedAt: Date
    /// The interviews, in id order.
    public var sources: [ReportSource]
    /// Who coded, people first, then auto-coding rules.
    public var coders: [ReportCoder]
    /// The themes, in the framework's order.
    public var themes: [ReportTheme]
    /// How often each code is used, in codebook order.
    public var codeFrequencies: [CodeCount]
    /// Code-by-code co-occurrence; `nil` to leave the chart out.
    public var cooccurrence: CooccurrenceTable?
    /// The case attribute prevalence is split by (`--by`), with its values in order.
    public var splitAttribute: SplitAttribute?
    /// The inter-coder agreement summary; `nil` when none has been computed.
    public var agreement: [AgreementRow]?
    /// The audit's findings; `nil` when no audit has been run (an empty list: run, nothing found).
    public var findings: [ReportFinding]?
    /// The audit trail, oldest first: the report's appendix.
    public var trail: [AuditEvent]
    /// How the figures were counted and the quotes chosen, one sentence each, for the method notes.
    public var methodNotes: [String]

    public init(studyName: String, approach: String? = nil, phase: Phase, generatedAt: Date,
                sources: [ReportSource] = [], coders: [ReportCoder] = [], themes: [ReportTheme] = [],
                codeFrequencies: [CodeCount] = [], cooccurrence: CooccurrenceTable? = nil,
                splitAttribute: SplitAttribute? = nil, agreement: [AgreementRow]? = nil,
                findings: [ReportFinding]? = nil, trail: [AuditEvent] = [], methodNotes: [String] = []) {
        self.studyName = studyName
        self.approach = approach
        self.phase = phase
        self.generatedAt = generatedAt
        self.sources = sources
        self.coders = coders
        self.themes = themes
        self.codeFrequencies = codeFrequencies
        self.cooccurrence = cooccurrence
        self.splitAttribute = splitAttribute
        self.agreement = agreement
        self.findings = findings
        self.trail = trail
        self.methodNotes = methodNotes
    }

    /// All the quotes of all themes, in theme order.
    public var quotes: [ReportQuote] { themes.flatMap(\.quotes) }
}
