import Foundation
import ThematicModel
import ThematicReport

/// A small study written by hand for the renderer tests, with text that tries to break out of
/// HTML and Markdown (`<script>`, `&`, quotes, pipes, backticks).
enum ReportFixture {
    static let date = Date(timeIntervalSince1970: 1_775_000_000)  // 2026-03-31 23:33 UTC

    static let quotes = [
        ReportQuote(text: "I trust her <script>alert(1)</script> & that's \"that\" | really.", sourceID: "P01", utterance: 12,
                    speaker: "P01", role: .participant, start: Timecode(milliseconds: 83_400), media: "videos/P01 session.mp4",
                    codes: ["alliance/bond/trust"]),
        ReportQuote(text: "She said *my* name right, first time.", sourceID: "P05", utterance: 40, speaker: "Interpreter",
                    role: .interpreter, start: Timecode(milliseconds: 612_000), media: "javascript:alert(1)", codes: ["interpreter/triadic"]),
        ReportQuote(text: "No time code here.", sourceID: "P02", utterance: 3, speaker: "P02", role: .participant),
    ]

    static var input: ReportInput {
        ReportInput(
            studyName: "Alliance & <trust> study", approach: "codebook", phase: .producingReport, generatedAt: date,
            sources: [
                ReportSource(id: "P01", title: "Interview with P01", interviewers: ["Dr. Hanna Berg (IV1)"],
                             duration: Timecode(milliseconds: 1_367_000), wordCount: 3_211, utteranceCount: 88, media: "videos/P01 session.mp4"),
                ReportSource(id: "P02", title: "Interview | P02", wordCount: 2_836, utteranceCount: 61),
            ],
            coders: [ReportCoder(id: "anna", codings: 40, sources: 2, isAutomatic: false),
                     ReportCoder(id: "auto:trust-words", codings: 9, sources: 2, isAutomatic: true)],
            themes: [
                ReportTheme(id: "alliance-as-lived", name: "The alliance as lived", definition: "Being held in mind.",
                            scopeNote: "Not about technique.", status: "reviewed",
                            codes: [ReportCode(id: "alliance/goals", name: "Goals", segments: 4)],
                            subthemes: [ReportSubtheme(id: "bond", name: "Bond", definition: "Feeling & trust.",
                                                       codes: [ReportCode(id: "alliance/bond/trust", name: "Trust", segments: 9)])],
                            prevalence: ThemePrevalence(segments: 13, sources: 2, totalSources: 2, participants: 2, totalParticipants: 2,
                                                        groups: [PrevalenceGroup(value: "IV1", segments: 13, participants: 2, groupParticipants: 2),
                                                                 PrevalenceGroup(value: "IV2", segments: 0, participants: 0, groupParticipants: 1)]),
                            quotes: [quotes[0], quotes[2]], quoteRule: "Chosen by rule."),
                ReportTheme(id: "three-in-the-room", name: "Three in the room", definition: "",
                            codes: [ReportCode(id: "interpreter/triadic", name: "Triadic", segments: 1)],
                            prevalence: ThemePrevalence(segments: 1, sources: 1, totalSources: 2, participants: 1, totalParticipants: 2,
                                                        groups: [PrevalenceGroup(value: "IV1", segments: 0, participants: 0, groupParticipants: 2),
                                                                 PrevalenceGroup(value: "IV2", segments: 1, participants: 1, groupParticipants: 1)]),
                            quotes: [quotes[1]], quoteRule: "Chosen by the researcher."),
                ReportTheme(id: "empty", name: "A theme with nothing yet"),
            ],
            codeFrequencies: [CodeCount(codeID: "alliance/goals", name: "Goals", codings: 4, sources: 2),
                              CodeCount(codeID: "alliance/bond/trust", name: "Trust", codings: 9, sources: 2),
                              CodeCount(codeID: "interpreter/triadic", name: "Triadic", codings: 1, sources: 1)],
            cooccurrence: CooccurrenceTable(codes: ["alliance/goals", "alliance/bond/trust", "interpreter/triadic"],
                                            cells: [[4, 2, 0], [2, 9, 1], [0, 1, 1]], unit: "utterances coded with both"),
            splitAttribute: SplitAttribute(name: "interviewer", values: ["IV1", "IV2"]),
            agreement: [AgreementRow(scope: "all codes", measure: "Cohen's κ", value: 0.8125, detail: "anna vs ben, 120 units")],
            findings: [ReportFinding(severity: .warning, subject: "three-in-the-room", message: "rests on one source <only>")],
            trail: [AuditEvent(id: 1, timestamp: date, actor: "anna", phase: .familiarising, command: "init", summary: "created the project", payload: "{}"),
                    AuditEvent(id: 2, timestamp: date, actor: "anna", phase: .generatingInitialCodes, command: "code",
                               summary: "coded P01:12 with <trust>", payload: "{}")],
            methodNotes: ["A segment is an utterance."])
    }
}
