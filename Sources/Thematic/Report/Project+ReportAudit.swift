import ThematicAudit
import ThematicModel
import ThematicReport

extension Project {
    /// The themes a report shows as top-level: the chosen ones whose parent is not chosen too (a
    /// subtheme is shown inside its parent).
    static func topLevelThemes(_ chosen: [Theme]) -> [Theme] {
        let ids = Set(chosen.map(\.id))
        return chosen.filter { theme in theme.parentID.map { !ids.contains($0) } ?? true }
    }

    /// A theme's subthemes as the report shows them, with their codes.
    static func reportSubthemes(of theme: Theme, in codebook: Codebook, segments: [String: Int]) -> [ReportSubtheme] {
        codebook.themes.filter { $0.parentID == theme.id }.map { subtheme in
            ReportSubtheme(id: subtheme.id, name: subtheme.name, definition: subtheme.definition,
                           codes: subtheme.codeIDs.map { ReportCode(id: $0, name: codebook.code(id: $0)?.name ?? $0, segments: segments[$0] ?? 0) })
        }
    }

    /// The exemplar extracts the researchers chose for a theme (`theme exemplar add`), placed in the
    /// current transcript: the utterance that holds the extract's start gives speaker, role and time.
    /// An extract whose source is gone is left out.
    static func chosenQuotes(of theme: Theme, transcripts: [String: Transcript], media: [String: String?]) -> [ReportQuote] {
        theme.exemplars.compactMap { exemplar in
            guard let transcript = transcripts[exemplar.sourceID] else { return nil }
            let number = transcript.utterances.firstIndex { $0.span.start <= exemplar.span.start && exemplar.span.start < max($0.span.end, $0.span.start + 1) }
            let utterance = number.map { transcript.utterances[$0] }
            let speaker = utterance.flatMap { utterance in transcript.speakers.first { $0.id == utterance.speakerID } }
            return ReportQuote(text: exemplar.quote, sourceID: exemplar.sourceID, utterance: number.map { $0 + 1 },
                               speaker: speaker?.name ?? "", role: speaker?.role ?? .other, start: utterance?.start,
                               media: media[exemplar.sourceID] ?? nil, codes: [])
        }
    }

    /// The audit's findings as the report lists them (errors as problems, infos as notes), worst first.
    static func reportFindings(_ result: AuditResult) -> [ReportFinding] {
        result.findings.sorted { $0.severity < $1.severity }.map { finding in
            let severity: ReportFinding.Severity = switch finding.severity {
            case .error: .problem
            case .warning: .warning
            case .info: .note
            }
            let subject = (finding.objects.themes + finding.objects.codes + finding.objects.sources).first
            return ReportFinding(severity: severity, subject: subject.map { "\(finding.id): \($0)" } ?? finding.id, message: finding.message)
        }
    }
}
