import Foundation
import ThematicAgreement
import ThematicAudit
import ThematicCoding
import ThematicModel
import ThematicReport
import ThematicStore

extension Project {
    /// Gathers what a report shows: the study, its sources and coders, each theme with its codes,
    /// prevalence and exemplar extracts, code frequencies and co-occurrence, and the audit trail.
    ///
    /// Prevalence is counted here from the codings (the audit's own figures replace it once it exists).
    /// - Throws: ``ThematicError/notFound(kind:id:)`` for a theme or case attribute the project
    ///   does not have; ``ThematicError/invalidRequest(_:)`` for a number of extracts out of range.
    public func reportInput(options: ReportOptions = ReportOptions()) throws(ThematicError) -> ReportInput {
        guard (1...ReportOptions.quoteLimit).contains(options.quotes) else {
            throw .invalidRequest("the number of extracts per theme must be 1 to \(ReportOptions.quoteLimit), not \(options.quotes)")
        }
        var input = try read { session in
            let codebook = try session.codebook()
            let summaries = try session.sourceSummaries()
            let sources = try Project.selectedCodings(QueryOptions(), session)
            let cases = try session.cases().filter { !$0.sourceIDs.isEmpty }
            let themes = try Project.chosenThemes(options.themes, in: codebook)
            let people = ReportParticipants(cases: cases, sources: sources.map(\.0))
            var split: SplitAttribute?
            if let name = options.splitBy {
                guard cases.contains(where: { $0.attribute(name) != nil }) else { throw ThematicError.notFound(kind: "case attribute", id: name) }
                split = SplitAttribute(name: name, values: people.values(of: name))
            }
            let media = Dictionary(sources.map { ($0.0.id, Project.mediaReference(of: $0.0)) }, uniquingKeysWith: { first, _ in first })
            let allCodings = sources.flatMap(\.1)
            let segmentsByCode = Project.segmentsByCode(sources)

            let transcripts = Dictionary(sources.map { ($0.0.id, $0.0) }, uniquingKeysWith: { first, _ in first })
            let reportThemes = Project.topLevelThemes(themes).map { theme in
                let subthemes = codebook.themes.filter { $0.parentID == theme.id }
                let evidence = ThemeEvidence(codeIDs: Set(theme.codeIDs + subthemes.flatMap(\.codeIDs)), sources: sources)
                let prevalence = people.prevalence(of: evidence, split: split)
                let chosen = Project.chosenQuotes(of: theme, transcripts: transcripts, media: media)
                let found = evidence.exemplars(max(0, options.quotes - chosen.count)).map { segment in
                    ReportQuote(text: segment.text, sourceID: segment.sourceID, utterance: segment.number, speaker: segment.speaker.name,
                                role: segment.speaker.role, start: segment.start, media: media[segment.sourceID] ?? nil, codes: segment.codes)
                }
                let rule = "Up to \(options.quotes) extract\(options.quotes == 1 ? "" : "s")"
                    + (chosen.isEmpty ? ", chosen by the rule under “How the figures were made”."
                        : ": first the \(chosen.count) the researchers chose as exemplars, then by the rule under “How the figures were made”.")
                return ReportTheme(
                    id: theme.id, name: theme.name, definition: theme.definition,
                    scopeNote: theme.scopeNote.isEmpty ? nil : theme.scopeNote, status: theme.status.rawValue,
                    codes: theme.codeIDs.map { id in ReportCode(id: id, name: codebook.code(id: id)?.name ?? id, segments: segmentsByCode[id] ?? 0) },
                    subthemes: Project.reportSubthemes(of: theme, in: codebook, segments: segmentsByCode),
                    prevalence: prevalence, quotes: Array((chosen + found).prefix(options.quotes)), quoteRule: rule)
            }
            // The audit as it stands (computed, not recorded: the report records its own event).
            let audit = AuditResult(auditing: try Project.auditMaterial(session), thresholds: try Project.thresholds(in: session), by: nil)
            let frequencies = CodeFrequency.table(codebook, codings: allCodings)
            let shown = frequencies.sorted { $0.codings > $1.codings }.prefix(max(0, options.cooccurrenceCodes)).map(\.codeID)
            let cooccurrenceCodes = CodingMatrix.codedCodes(codebook, codings: allCodings).filter(shown.contains)
            let matrix = CodingMatrix.cooccurrence(codes: cooccurrenceCodes, sources: sources, unit: .utterance)

            return ReportInput(
                studyName: try session.setting("name") ?? "", approach: try session.setting("approach"), phase: try session.phase(),
                generatedAt: options.generatedAt ?? Date(),
                sources: summaries.map { summary in
                    let transcript = sources.first { $0.0.id == summary.id }?.0
                    return ReportSource(id: summary.id, title: summary.title, interviewers: transcript.map(Project.interviewers) ?? [],
                                        duration: summary.duration, wordCount: summary.wordCount, utteranceCount: summary.utteranceCount,
                                        media: media[summary.id] ?? nil)
                },
                coders: Project.reportCoders(allCodings), themes: reportThemes,
                codeFrequencies: frequencies.map { CodeCount(codeID: $0.codeID, name: codebook.code(id: $0.codeID)?.name ?? $0.codeID,
                                                             codings: $0.codings, sources: $0.sources) },
                cooccurrence: CooccurrenceTable(codes: matrix.rows, cells: matrix.cells, unit: "utterances coded with both",
                                                omittedCodes: frequencies.count - matrix.rows.count),
                splitAttribute: split, findings: Project.reportFindings(audit), trail: try session.events(),
                methodNotes: Project.methodNotes(options: options, hasCases: !cases.isEmpty, split: split))
        }
        if !options.agreementCoders.isEmpty {
            input.agreement = Project.agreementRows(try agreement(AgreementRequest(coders: options.agreementCoders)))
        }
        return input
    }

    /// The report's agreement lines: Cohen's κ and Krippendorff's α per code and pooled, with the
    /// reason where a coefficient is not computable (never a made-up 0 or 1).
    static func agreementRows(_ report: CodingAgreementReport) -> [AgreementRow] {
        let compared = report.coders.joined(separator: " vs ") + ", per \(report.unit.rawValue)"
        let kinds: [AgreementStatistic.Kind] = [.cohenKappa, .krippendorffAlpha]
        return (report.perCode + [report.overall.pooled]).flatMap { cell in
            kinds.compactMap { kind -> AgreementRow? in
                guard let statistic = cell.statistics.first(where: { $0.kind == kind && $0.variant == nil }),
                      let value = statistic.value else { return nil }
                return AgreementRow(scope: cell.code ?? "all codes (pooled)", measure: kind.displayName, value: value,
                                    detail: "\(compared), \(Int(cell.decisions)) decisions")
            }
        }
    }

    /// Writes the report to a file, HTML or Markdown by its extension, and records it in the audit trail.
    ///
    /// - Returns: the form written.
    /// - Throws: ``ThematicError/invalidRequest(_:)`` for an extension other than `.html`, `.htm`,
    ///   `.md`, `.markdown` or a file that cannot be written; the errors of ``reportInput(options:)``.
    @discardableResult
    /// - Parameters:
    ///   - path: the file, `NAME.html` or `NAME.md`.
    ///   - options: what to include.
    ///   - input: the values already gathered with ``reportInput(options:)`` (else they are gathered).
    public func writeReport(to path: String, options: ReportOptions = ReportOptions(),
                            input gathered: ReportInput? = nil) throws(ThematicError) -> ReportFormat {
        guard let format = ReportFormat(fileName: path) else {
            throw .invalidRequest("\(path): the report is written as .html or .md; name the file report.html or report.md")
        }
        let input: ReportInput
        if let gathered { input = gathered } else { input = try reportInput(options: options) }
        do {
            try Data(format.render(input).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .invalidRequest("cannot write \(path): \(error.localizedDescription)")
        }
        let _: Void = try change("report") { _ in
            ((), EventDraft(summary: "report written to \((path as NSString).lastPathComponent) (\(format.rawValue), "
                                + "\(input.themes.count) themes, \(input.quotes.count) extracts)",
                            payload: ReportEventPayload(file: path, format: format.rawValue, themes: input.themes.map(\.id),
                                                        extracts: input.quotes.count, splitBy: options.splitBy)))
        }
        return format
    }

    /// The themes the report covers, in the order asked for (or the framework's).
    static func chosenThemes(_ wanted: [String], in codebook: Codebook) throws -> [Theme] {
        guard !wanted.isEmpty else { return codebook.themes }
        return try wanted.map { name in
            guard let theme = codebook.themes.first(where: { $0.id == name })
                ?? codebook.themes.first(where: { $0.id.lowercased() == name.lowercased() || $0.name.lowercased() == name.lowercased() })
            else { throw ThematicError.notFound(kind: "theme", id: name) }
            return theme
        }
    }

    /// The recording a transcript names (all parsers keep it as `media`); a CHAT `@Media` header's
    /// type after the comma (`interview1, video`) is dropped.
    static func mediaReference(of transcript: Transcript) -> String? {
        guard var media = transcript.metadata["media"]?.trimmingCharacters(in: .whitespacesAndNewlines), !media.isEmpty else { return nil }
        if transcript.origin.format == .chat, let comma = media.firstIndex(of: ",") {
            media = String(media[..<comma]).trimmingCharacters(in: .whitespaces)
        }
        return media.isEmpty ? nil : media
    }

    /// Who interviewed: the header's `interviewer_name` and `interviewer`, else the speakers in the interviewer role.
    static func interviewers(_ transcript: Transcript) -> [String] {
        let name = transcript.metadata["interviewer_name"], code = transcript.metadata["interviewer"]
        switch (name, code) {
        case let (name?, code?) where name != code: return ["\(name) (\(code))"]
        case let (name?, _): return [name]
        case let (nil, code?): return [code]
        case (nil, nil): return transcript.speakers.filter { $0.role == .interviewer }.map(\.name)
        }
    }

    /// Utterances carrying each code.
    static func segmentsByCode(_ sources: [(Transcript, [Coding])]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for (transcript, codings) in sources {
            for unit in CodedUtterance.all(in: transcript, codings: codings) { for code in unit.codes { counts[code, default: 0] += 1 } }
        }
        return counts
    }

    /// People first, then rules; each by id.
    static func reportCoders(_ codings: [Coding]) -> [ReportCoder] {
        Dictionary(grouping: codings, by: \.coderID).map { id, own in
            ReportCoder(id: id, codings: own.count, sources: Set(own.map(\.sourceID)).count, isAutomatic: Coder(id: id).isAutomatic)
        }.sorted { ($0.isAutomatic ? 1 : 0, $0.id) < ($1.isAutomatic ? 1 : 0, $1.id) }
    }

    static func methodNotes(options: ReportOptions, hasCases: Bool, split: SplitAttribute?) -> [String] {
        var notes = [
            "A segment is an utterance (one speaker's turn); a theme's segments are the utterances touched by a coding of one of its codes or its subthemes' codes. "
                + "Each code counts its own codings, not those of the codes below it.",
            hasCases ? "A participant is a case of the study (cases import); a theme reaches a participant when one of the case's sources holds one of its segments."
                : "A participant is a speaker in the participant role; a theme reaches them when they speak one of its segments, or an interpreter does in their interview.",
            "Code frequencies count codings by every coder, people and auto-coding rules alike; co-occurrence counts utterances coded with both codes"
                + " (at most \(options.cooccurrenceCodes) codes, the most used).",
            ThemeEvidence.exemplarRule,
            "A time code links to the recording the transcript names (media#t=SECONDS), relative to the report's folder unless it is a URL.",
        ]
        if let split {
            notes.append("Prevalence by \(split.name): participants whose case has each value; a case without the attribute counts under (none).")
        }
        return notes
    }
}

/// The details of a `report` event.
private struct ReportEventPayload: Encodable {
    var file: String
    var format: String
    var themes: [String]
    var extracts: Int
    var splitBy: String?
}
