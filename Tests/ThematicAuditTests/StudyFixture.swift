import ThematicAudit
import ThematicModel

/// A small study built in code, where every count is known by hand.
///
/// Every source has utterances of 10 scalars apart: utterance `n` (0-based) spans `[10n, 10n+9)`.
/// The base study is clean (no finding): codes `a`, `b` in theme `t1`, coded together in
/// utterance 1 of S1, S2 and S3 (a by anna on `[10,15)`, b by ben on `[14,19)`); codes `c`, `d`
/// in theme `t2`, coded in utterance 2 (c by anna on `[20,25)`, d by ben on `[24,29)`).
/// Interviewers: S1 IV1, S2 IV2, S3 IV1. Roles per source: interviewer, participant, participant.
struct StudyFixture {
    var codes: [Code]
    var themes: [Theme]
    var sources: [AuditMaterial.Source]
    var codings: [AuditMaterial.Coding]
    var cases: [StudyCase] = []
    var thresholds = AuditThresholds(minSegments: 3, minParticipants: 2, maxOverlap: 0.5, approach: .codebook)

    static var base: StudyFixture {
        let codes = ["a", "b", "c", "d"].map { Code(id: $0, name: $0.uppercased(), definition: "Defined \($0).") }
        let themes = [Theme(id: "t1", name: "T1", definition: "First.", codeIDs: ["a", "b"]),
                      Theme(id: "t2", name: "T2", definition: "Second.", codeIDs: ["c", "d"])]
        let sources = [("S1", "IV1"), ("S2", "IV2"), ("S3", "IV1")].map { id, interviewer in
            source(id, interviewer: interviewer, roles: [.interviewer, .participant, .participant])
        }
        var codings: [AuditMaterial.Coding] = []
        for source in ["S1", "S2", "S3"] {
            codings.append(coding(source, 10, 15, "a", coder: "anna"))
            codings.append(coding(source, 14, 19, "b", coder: "ben"))
            codings.append(coding(source, 20, 25, "c", coder: "anna"))
            codings.append(coding(source, 24, 29, "d", coder: "ben"))
        }
        return StudyFixture(codes: codes, themes: themes, sources: sources, codings: codings)
    }

    static func source(_ id: String, interviewer: String? = nil, roles: [SpeakerRole]) -> AuditMaterial.Source {
        AuditMaterial.Source(id: id, interviewer: interviewer, utterances: roles.enumerated().map { number, role in
            AuditMaterial.Utterance(span: TextSpan(start: 10 * number, end: 10 * number + 9), speakerID: role == .participant ? "P" : role.rawValue,
                                    role: role)
        })
    }

    static func coding(_ source: String, _ start: Int, _ end: Int, _ code: String, coder: String = "anna",
                       flagged: Bool = false) -> AuditMaterial.Coding {
        AuditMaterial.Coding(id: "\(source)-\(start)-\(end)-\(code)-\(coder)", sourceID: source, span: TextSpan(start: start, end: end),
                             codeID: code, coderID: coder, isFlagged: flagged)
    }

    var material: AuditMaterial {
        AuditMaterial(codebook: Codebook(codes: codes, themes: themes), sources: sources, codings: codings, cases: cases)
    }

    func audit(by attribute: String? = nil) -> AuditResult {
        AuditResult(auditing: material, thresholds: thresholds, by: attribute)
    }

    mutating func addCode(_ id: String, definition: String = "Defined.", codable: Bool = true) {
        codes.append(Code(id: id, name: id, definition: definition, isCodable: codable))
    }

    mutating func theme(_ id: String, _ update: (inout Theme) -> Void) {
        if let index = themes.firstIndex(where: { $0.id == id }) { update(&themes[index]) }
    }
}
