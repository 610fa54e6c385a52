import ThematicModel

/// What a phase of Braun & Clarke's analysis asks for, checked against the data, not ticked by hand.
public struct PhaseChecklist: Hashable, Sendable, Codable {
    /// One thing the phase asks for.
    public struct Item: Hashable, Sendable, Codable {
        public var text: String
        public var isDone: Bool
        /// What was counted to decide.
        public var evidence: String
    }

    public var phase: Phase
    public var items: [Item]

    /// Whether every item of the phase is done.
    public var isComplete: Bool { items.allSatisfy(\.isDone) }

    /// The checklist of a phase, computed from the project's counts and codebook.
    public init(phase: Phase, counts: ProjectCounts, codebook: Codebook) {
        self.phase = phase
        switch phase {
        case .familiarising:
            items = [
                Item(text: "transcripts ingested", isDone: counts.sources > 0,
                     evidence: "\(counts.sources) sources, \(counts.words) words"),
                Item(text: "first impressions noted in memos", isDone: counts.memos > 0,
                     evidence: "\(counts.memos) memos"),
            ]
        case .generatingInitialCodes:
            items = [
                Item(text: "a codebook with codable codes", isDone: counts.codableCodes > 0,
                     evidence: "\(counts.codableCodes) codable codes"),
                Item(text: "every source coded", isDone: counts.sources > 0 && counts.codedSources == counts.sources,
                     evidence: "\(counts.codedSources) of \(counts.sources) sources have codings"),
            ]
        case .searchingForThemes:
            let empty = codebook.themes.filter(\.codeIDs.isEmpty).map(\.id)
            items = [
                Item(text: "candidate themes declared", isDone: !codebook.themes.isEmpty,
                     evidence: "\(codebook.themes.count) themes"),
                Item(text: "every theme gathers codes", isDone: !codebook.themes.isEmpty && empty.isEmpty,
                     evidence: empty.isEmpty ? "no empty theme" : "without codes: \(empty.joined(separator: ", "))"),
            ]
        case .reviewingThemes:
            items = [
                Item(text: "coded segments to review themes against", isDone: counts.codings > 0,
                     evidence: "\(counts.codings) codings"),
            ]
        case .definingAndNamingThemes:
            let undefinedThemes = codebook.themes.filter { $0.definition.isEmpty }.map(\.id)
            let undefinedCodes = codebook.codes.filter { $0.isCodable && $0.definition.isEmpty }.map(\.id)
            items = [
                Item(text: "every theme defined", isDone: !codebook.themes.isEmpty && undefinedThemes.isEmpty,
                     evidence: undefinedThemes.isEmpty ? "\(codebook.themes.count) themes defined"
                         : "undefined: \(undefinedThemes.joined(separator: ", "))"),
                Item(text: "every codable code defined", isDone: counts.codableCodes > 0 && undefinedCodes.isEmpty,
                     evidence: undefinedCodes.isEmpty ? "\(counts.codableCodes) codes defined"
                         : "undefined: \(undefinedCodes.joined(separator: ", "))"),
            ]
        case .producingReport:
            items = [
                Item(text: "themes with coded evidence to report", isDone: !codebook.themes.isEmpty && counts.codings > 0,
                     evidence: "\(codebook.themes.count) themes, \(counts.codings) codings"),
            ]
        }
    }
}
