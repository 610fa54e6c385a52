import Foundation
import ThematicAudit
import ThematicModel

/// The demo's walk through the six phases: familiarisation memos, a few segments coded by hand
/// where the example's auto-coding rules do not reach, the phase changes, exemplars and the audit.
enum DemoAudit {
    /// Segments the demo codes by hand (phase 2), found by a phrase in the utterance so the demo
    /// does not depend on utterance numbers: the themes the auto-coding rules do not reach.
    static let handCoding: [(source: String, phrase: String, code: String)] = [
        ("P01", "her eyes were wet", "countertransference/perceived-feelings"),
        ("P02", "Honestly, that sigh", "countertransference/perceived-feelings/irritation"),
        ("P04", "she felt guilty", "countertransference/perceived-feelings/over-involvement"),
        ("P01", "about eighteen months in", "rupture-repair/rupture"),
        ("P02", "the homework wasn't the problem", "rupture-repair/rupture/confrontation"),
        ("P04", "I can see that took courage", "rupture-repair/repair/acknowledgement"),
    ]

    /// Phase 1: a familiarisation memo on every source, then on to phase 2.
    static func familiarise(_ project: Project, step: (String) -> Void) throws(ThematicError) -> PhaseChange {
        step("phase 1, familiarising: a first-reading memo on each source")
        for source in try project.sources() {
            _ = try project.addMemo(about: .source(id: source.id),
                                    text: "First read-through of \(source.id) (\(source.wordCount) words); the demo writes this note for you.")
        }
        return try project.advancePhase()
    }

    /// Phases 2 to 6: hand coding, themes reviewed against the data, defined with exemplars, audited.
    static func walkThemes(_ project: Project, step: (String) -> Void) throws(ThematicError) -> (phases: [PhaseChange], audit: AuditResult) {
        step("phase 2, initial codes: coding \(handCoding.count) segments by hand")
        for entry in handCoding {
            let transcript = try project.transcript(id: entry.source)
            let index = TextIndex(transcript.text)
            guard let number = transcript.utterances.firstIndex(where: { index.slice($0.span).contains(entry.phrase) }) else { continue }
            _ = try project.code("\(entry.source):\(number + 1)", with: [entry.code])
        }
        var phases: [PhaseChange] = []
        step("phase 3, searching for themes: the codebook's themes gather the codes")
        phases.append(try project.advancePhase())
        phases.append(try project.advancePhase())
        step("phase 4, reviewing themes: auditing the themes against the data")
        _ = try project.audit()
        phases.append(try project.advancePhase())
        step("phase 5, defining and naming: an exemplar quote per theme, themes marked defined")
        let codings = try project.codings()
        for theme in try project.themes() {
            // The longest coded stretch makes the fullest quote (auto-coded keyword matches are a word long).
            if let coding = codings.filter({ theme.codeIDs.contains($0.codeID) }).max(by: { $0.span.length < $1.span.length }) {
                _ = try project.addExemplar(to: theme.id, reference: coding.id.uuidString)
            }
            _ = try project.defineTheme(theme.id, status: .defined)
        }
        phases.append(try project.advancePhase())
        step("phase 6, producing the report: the audit")
        return (phases, try project.audit(by: "interviewer"))
    }
}
