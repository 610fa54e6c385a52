/// What a finding is about; the raw value is its stable id (`thin-theme`), safe for scripts.
public enum FindingKind: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case emptyTheme = "empty-theme"
    case thinTheme = "thin-theme"
    case overlappingThemes = "overlapping-themes"
    case splitTheme = "split-theme"
    case orphanCode = "orphan-code"
    case unusedCode = "unused-code"
    case undefinedCode = "undefined-code"
    case undefinedTheme = "undefined-theme"
    case codeInManyThemes = "code-in-many-themes"
    case uncodedSource = "uncoded-source"
    case singleCoderTheme = "single-coder-theme"
    case interviewerSkew = "interviewer-skew"
    case interpreterOnlyEvidence = "interpreter-only-evidence"
    case flaggedCoding = "flagged-coding"

    public var description: String { rawValue }

    /// The severity findings of this kind have (``singleCoderTheme`` depends on the approach).
    public func severity(approach: ResearchApproach = .codebook) -> AuditSeverity {
        switch self {
        case .emptyTheme: .error
        case .unusedCode: .info
        case .singleCoderTheme: approach == .codingReliability ? .warning : .info
        case .thinTheme, .overlappingThemes, .splitTheme, .orphanCode, .undefinedCode, .undefinedTheme,
             .codeInManyThemes, .uncodedSource, .interviewerSkew, .interpreterOnlyEvidence, .flaggedCoding: .warning
        }
    }

    /// Whether the finding is about how a theme holds up against the data (phase 4, reviewing themes).
    public var isThemeReview: Bool {
        switch self {
        case .emptyTheme, .thinTheme, .overlappingThemes, .splitTheme, .singleCoderTheme, .interviewerSkew,
             .interpreterOnlyEvidence: true
        default: false
        }
    }
}
