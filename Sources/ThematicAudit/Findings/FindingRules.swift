import Foundation
import ThematicModel

/// Applies every finding rule to the indexed material.
struct FindingRules {
    let index: CodedIndex
    let data: DataFramework
    let thresholds: AuditThresholds

    private var codebook: Codebook { index.material.codebook }

    /// Every finding, errors first, then in the order of ``FindingKind`` and of the codebook.
    func findings() -> [AuditFinding] {
        var findings: [AuditFinding] = []
        findings += themeFindings()
        findings += overlaps()
        findings += splits()
        findings += codeFindings()
        findings += sourceFindings()
        let order = Dictionary(FindingKind.allCases.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return findings.enumerated().sorted { lhs, rhs in
            (lhs.element.severity, order[lhs.element.kind]!, lhs.offset) < (rhs.element.severity, order[rhs.element.kind]!, rhs.offset)
        }.map(\.element)
    }

    private func finding(_ kind: FindingKind, _ message: String, _ objects: AuditFinding.Objects,
                         _ counts: [String: Double] = [:]) -> AuditFinding {
        AuditFinding(kind: kind, severity: kind.severity(approach: thresholds.approach), message: message, objects: objects,
                     counts: counts)
    }

    private func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

    private func themeFindings() -> [AuditFinding] {
        var findings: [AuditFinding] = []
        let interviewers = Set(index.material.sources.compactMap(\.interviewer))
        for theme in codebook.themes {
            let codes = index.codePositions(ofThemeSubtree: theme.id)
            let objects = AuditFinding.Objects(themes: [theme.id])
            let segments = CodedIndex.union(index.segments, of: codes)
            let participants = CodedIndex.union(index.participants, of: codes)
            let sources = CodedIndex.union(index.sources, of: codes)
            let codings = codes.reduce(0) { $0 + index.codingCounts[$1] }
            if theme.definition.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                findings.append(finding(.undefinedTheme, "theme '\(theme.id)' has no definition", objects))
            }
            if segments.isEmpty {
                findings.append(finding(.emptyTheme, "theme '\(theme.id)' has no coded segment (\(plural(codes.count, "code")), none used)",
                                        objects, ["codes": Double(codes.count), "segments": 0]))
                continue
            }
            if segments.count < thresholds.minSegments || participants.count < thresholds.minParticipants {
                findings.append(finding(
                    .thinTheme,
                    "theme '\(theme.id)' rests on \(plural(segments.count, "segment")) from \(plural(participants.count, "participant")) "
                        + "(thresholds: \(thresholds.minSegments) segments, \(thresholds.minParticipants) participants)",
                    objects, ["segments": Double(segments.count), "participants": Double(participants.count),
                              "sources": Double(sources.count)]))
            }
            let coders = CodedIndex.union(index.coders, of: codes)
            if thresholds.approach != .reflexive, coders.count == 1, let coder = coders.first {
                let name = index.coderNames[coder]
                findings.append(finding(.singleCoderTheme, "theme '\(theme.id)' was coded by \(name) alone (\(plural(codings, "coding")))",
                                        AuditFinding.Objects(themes: [theme.id], coders: [name]),
                                        ["codings": Double(codings), "coders": 1]))
            }
            let themeInterviewers = Set(sources.compactMap { index.material.sources[$0].interviewer })
            let allKnown = sources.allSatisfy { index.material.sources[$0].interviewer != nil }
            if sources.count >= 2, allKnown, themeInterviewers.count == 1, interviewers.count >= 2, let only = themeInterviewers.first {
                let others = index.material.sources.filter { $0.interviewer != nil && $0.interviewer != only }.count
                findings.append(finding(
                    .interviewerSkew,
                    "theme '\(theme.id)' is found only in interviews by \(only) (\(plural(sources.count, "source"))), "
                        + "in none of the \(plural(others, "source")) by other interviewers",
                    AuditFinding.Objects(themes: [theme.id], sources: sources.sorted().map { index.material.sources[$0].id }),
                    ["sources": Double(sources.count), "other_interviewer_sources": Double(others),
                     "interviewers": Double(interviewers.count)]))
            }
            if codes.reduce(0, { $0 + index.codingsBeyondInterpreters[$1] }) == 0 {
                findings.append(finding(
                    .interpreterOnlyEvidence,
                    "theme '\(theme.id)' rests only on interpreter speech (\(plural(codings, "coding")), none in a participant's own words)",
                    objects, ["codings": Double(codings), "segments": Double(segments.count)]))
            }
        }
        return findings
    }

    private func overlaps() -> [AuditFinding] {
        let themes = codebook.themes
        let sets = themes.map { CodedIndex.union(index.utterances, of: index.codePositions(ofThemeSubtree: $0.id)) }
        var findings: [AuditFinding] = []
        for i in themes.indices {
            for j in themes.indices where j > i && !sets[i].isEmpty && !sets[j].isEmpty {
                let inFirst = codebook.themeSubtree(of: themes[i].id).contains { $0.id == themes[j].id }
                let inSecond = codebook.themeSubtree(of: themes[j].id).contains { $0.id == themes[i].id }
                guard !inFirst, !inSecond else { continue }
                let jaccard = DataFramework.jaccard(sets[i], sets[j])
                guard jaccard > thresholds.maxOverlap else { continue }
                let shared = sets[i].intersection(sets[j]).count
                findings.append(finding(
                    .overlappingThemes,
                    "themes '\(themes[i].id)' and '\(themes[j].id)' share \(shared) of their \(sets[i].union(sets[j]).count) coded utterances "
                        + "(Jaccard \(AuditFormat.decimal(jaccard)) > \(AuditFormat.decimal(thresholds.maxOverlap))): merge candidates?",
                    AuditFinding.Objects(themes: [themes[i].id, themes[j].id]),
                    ["jaccard": jaccard, "shared_utterances": Double(shared),
                     "utterances_first": Double(sets[i].count), "utterances_second": Double(sets[j].count)]))
            }
        }
        return findings
    }

    private func splits() -> [AuditFinding] {
        codebook.subthemes(of: nil).compactMap { theme in
            let codes = index.codePositions(ofThemeSubtree: theme.id).map { index.codeIDs[$0] }
            var byCluster: [Int: [String]] = [:]
            for code in codes {
                if let cluster = data.cluster(of: code) { byCluster[cluster.number, default: []].append(code) }
            }
            guard byCluster.count >= 2 else { return nil }
            let parts = byCluster.keys.sorted().map { "cluster \($0): \(byCluster[$0]!.joined(separator: ", "))" }
            return finding(.splitTheme,
                           "the codes of theme '\(theme.id)' fall into \(byCluster.count) separate data clusters (\(parts.joined(separator: "; ")))",
                           AuditFinding.Objects(themes: [theme.id], codes: byCluster.keys.sorted().flatMap { byCluster[$0]! }),
                           ["clusters": Double(byCluster.count), "codes": Double(byCluster.values.reduce(0) { $0 + $1.count })])
        }
    }

    private func codeFindings() -> [AuditFinding] {
        var themesByCode: [String: [String]] = [:]
        for theme in codebook.themes {
            for code in theme.codeIDs where !(themesByCode[code]?.contains(theme.id) ?? false) {
                themesByCode[code, default: []].append(theme.id)
            }
        }
        var findings: [AuditFinding] = []
        for (position, code) in codebook.codes.enumerated() {
            let objects = AuditFinding.Objects(codes: [code.id])
            let codings = index.codingCounts[position]
            let themes = themesByCode[code.id] ?? []
            if code.isCodable && codings == 0 {
                findings.append(finding(.unusedCode, "code '\(code.id)' is never used", objects, ["codings": 0]))
            }
            if code.isCodable && codings > 0 && themes.isEmpty {
                findings.append(finding(.orphanCode, "code '\(code.id)' is used (\(plural(codings, "coding"))) but belongs to no theme",
                                        objects, ["codings": Double(codings), "segments": Double(index.segments[position].count)]))
            }
            if code.isCodable && code.definition.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                findings.append(finding(.undefinedCode, "code '\(code.id)' has no definition", objects))
            }
            if themes.count >= 2 {
                findings.append(finding(.codeInManyThemes, "code '\(code.id)' belongs to \(themes.count) themes: \(themes.joined(separator: ", "))",
                                        AuditFinding.Objects(themes: themes, codes: [code.id]), ["themes": Double(themes.count)]))
            }
        }
        return findings
    }

    private func sourceFindings() -> [AuditFinding] {
        var findings: [AuditFinding] = []
        for (position, source) in index.material.sources.enumerated() where index.codingsPerSource[position] == 0 {
            findings.append(finding(.uncodedSource, "source '\(source.id)' has no codings (\(plural(source.utterances.count, "utterance")))",
                                    AuditFinding.Objects(sources: [source.id]), ["utterances": Double(source.utterances.count)]))
        }
        let flagged = index.flagged.sorted {
            ($0.sourceID, $0.span.start, $0.span.end, $0.codeID, $0.coderID) < ($1.sourceID, $1.span.start, $1.span.end, $1.codeID, $1.coderID)
        }
        for coding in flagged {
            findings.append(finding(.flaggedCoding,
                                    "coding \(coding.id) of '\(coding.codeID)' in \(coding.sourceID)@\(coding.span.start)-\(coding.span.end) "
                                        + "was flagged by re-anchoring (its text was edited) and is not yet reviewed",
                                    AuditFinding.Objects(codes: [coding.codeID], sources: [coding.sourceID], coders: [coding.coderID],
                                                         codings: [coding.id])))
        }
        return findings
    }
}
