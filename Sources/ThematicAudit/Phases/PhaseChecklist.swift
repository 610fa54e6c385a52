import Foundation
import ThematicModel

/// What a phase of Braun & Clarke's analysis asks for, checked against the data, not ticked by hand.
///
/// An item not done with severity `error` keeps `phase advance` from leaving the phase (unless
/// `--force`, which is recorded); a `warning` item is shown but does not block.
public struct PhaseChecklist: Hashable, Sendable, Codable {
    /// One thing the phase asks for.
    public struct Item: Hashable, Sendable, Codable {
        public var text: String
        public var isDone: Bool
        /// What was counted to decide.
        public var evidence: String
        /// Whether an item not done blocks advancing (`error`) or is only shown (`warning`).
        public var severity: AuditSeverity

        public init(text: String, isDone: Bool, evidence: String, severity: AuditSeverity = .error) {
            self.text = text
            self.isDone = isDone
            self.evidence = evidence
            self.severity = severity
        }
    }

    public var phase: Phase
    public var items: [Item]

    /// Whether every item of the phase is done.
    public var isComplete: Bool { items.allSatisfy(\.isDone) }

    /// The items not done that keep the phase from being left.
    public var blockingItems: [Item] { items.filter { !$0.isDone && $0.severity == .error } }

    public init(phase: Phase, items: [Item]) {
        self.phase = phase
        self.items = items
    }

    /// The checklist of a phase, computed from the evidence.
    public init(phase: Phase, evidence: PhaseEvidence) {
        self.phase = phase
        let codebook = evidence.codebook
        let counts = evidence.counts
        let audit = evidence.audit
        func list(_ ids: [String], none: String) -> String {
            guard !ids.isEmpty else { return none }
            return ids.count <= 8 ? ids.joined(separator: ", ") : ids.prefix(8).joined(separator: ", ") + " and \(ids.count - 8) more"
        }
        func objects(_ kind: FindingKind, _ path: KeyPath<AuditFinding.Objects, [String]>) -> [String] {
            var seen = Set<String>()
            return audit.findings(kind).flatMap { $0.objects[keyPath: path] }.filter { seen.insert($0).inserted }
        }
        switch phase {
        case .familiarising:
            let withoutMemo = evidence.sources.filter { !evidence.sourcesWithMemos.contains($0) }
            items = [
                Item(text: "transcripts ingested", isDone: counts.sources > 0,
                     evidence: "\(counts.sources) sources, \(counts.words) words"),
                Item(text: "every source has a familiarisation memo", isDone: counts.sources > 0 && withoutMemo.isEmpty,
                     evidence: withoutMemo.isEmpty ? "\(evidence.sourcesWithMemos.count) sources with memos"
                         : "without a memo: \(list(withoutMemo, none: ""))"),
            ]
        case .generatingInitialCodes:
            let uncoded = audit.coverage.filter { $0.codings == 0 }.map(\.source)
            let lowest = audit.coverage.min { $0.share < $1.share }
            let coverage = audit.coverage.map { "\($0.source) \(Int(($0.share * 100).rounded()))%" }
            let undefined = objects(.undefinedCode, \.codes)
            let unused = objects(.unusedCode, \.codes)
            items = [
                Item(text: "a codebook with codable codes", isDone: counts.codableCodes > 0,
                     evidence: "\(counts.codableCodes) codable codes"),
                Item(text: "every source coded", isDone: counts.sources > 0 && uncoded.isEmpty,
                     evidence: uncoded.isEmpty
                         ? "utterances coded: \(list(coverage, none: "no sources"))" + (lowest.map { " (lowest \($0.source))" } ?? "")
                         : "without codings: \(list(uncoded, none: ""))"),
                Item(text: "every codable code defined", isDone: undefined.isEmpty,
                     evidence: "without a definition: \(list(undefined, none: "none"))", severity: .warning),
                Item(text: "every codable code used", isDone: unused.isEmpty,
                     evidence: "never used: \(list(unused, none: "none"))", severity: .warning),
            ]
        case .searchingForThemes:
            let orphans = objects(.orphanCode, \.codes)
            items = [
                Item(text: "candidate themes declared", isDone: !codebook.themes.isEmpty, evidence: "\(codebook.themes.count) themes"),
                Item(text: "every used code in a theme", isDone: !codebook.themes.isEmpty && orphans.isEmpty,
                     evidence: "in no theme: \(list(orphans, none: "none"))"),
            ]
        case .reviewingThemes:
            let empty = objects(.emptyTheme, \.themes)
            let review: [FindingKind] = [.thinTheme, .overlappingThemes, .splitTheme, .interviewerSkew, .interpreterOnlyEvidence,
                                         .singleCoderTheme]
            let failing = review.flatMap { kind in audit.findings(kind).map { "\($0.objects.themes.joined(separator: "+")) (\(kind))" } }
            items = [
                Item(text: "every theme has coded segments", isDone: !codebook.themes.isEmpty && empty.isEmpty,
                     evidence: empty.isEmpty ? "\(codebook.themes.count) themes with segments" : "empty: \(list(empty, none: ""))"),
                Item(text: "themes hold up against the data", isDone: failing.isEmpty,
                     evidence: "review findings: \(list(failing, none: "none"))", severity: .warning),
            ]
        case .definingAndNamingThemes:
            let undefined = codebook.themes.filter { $0.definition.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.map(\.id)
            let withoutExemplars = codebook.themes.filter(\.exemplars.isEmpty).map(\.id)
            let notDefined = codebook.themes.filter { $0.status != .defined }.map(\.id)
            items = [
                Item(text: "every theme has a definition", isDone: !codebook.themes.isEmpty && undefined.isEmpty,
                     evidence: "without a definition: \(list(undefined, none: "none"))"),
                Item(text: "every theme has an exemplar quote", isDone: !codebook.themes.isEmpty && withoutExemplars.isEmpty,
                     evidence: "without exemplars: \(list(withoutExemplars, none: "none"))"),
                Item(text: "every theme marked defined", isDone: notDefined.isEmpty,
                     evidence: "not yet defined: \(list(notDefined, none: "none"))", severity: .warning),
            ]
        case .producingReport:
            let fresh = evidence.lastReviewEvent > evidence.lastChangeEvent
            items = [
                Item(text: "an audit or report made since the last change", isDone: fresh,
                     evidence: evidence.lastReviewEvent == 0 ? "no audit or report yet"
                         : fresh ? "audit/report at event \(evidence.lastReviewEvent), last change at event \(evidence.lastChangeEvent)"
                         : "last change (event \(evidence.lastChangeEvent)) after the last audit/report (event \(evidence.lastReviewEvent))"),
            ]
        }
    }
}
