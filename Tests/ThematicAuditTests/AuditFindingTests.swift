import Testing
import ThematicAudit
import ThematicModel

/// Each finding fires on a study built for it and stays silent on a near miss; counts by hand.
@Suite("Audit findings")
struct AuditFindingTests {
    @Test("the base study is clean: no finding at all")
    func baseIsClean() {
        let result = StudyFixture.base.audit()
        #expect(result.findings.isEmpty)
        #expect(!result.hasErrors)
    }

    @Test("empty-theme: a theme whose codes are never used is an error; one coding is enough to silence it")
    func emptyTheme() throws {
        var study = StudyFixture.base
        study.addCode("e")
        study.themes.append(Theme(id: "t3", name: "T3", definition: "Third.", codeIDs: ["e"]))
        let result = study.audit()
        let finding = try #require(result.findings(.emptyTheme).first)
        #expect(result.findings(.emptyTheme).count == 1)
        #expect(finding.severity == .error)
        #expect(finding.objects.themes == ["t3"])
        #expect(finding.counts == ["codes": 1, "segments": 0])
        #expect(result.hasErrors)
        // Errors come first.
        #expect(result.findings.first?.kind == .emptyTheme)

        study.codings.append(StudyFixture.coding("S1", 0, 5, "e"))
        #expect(study.audit().findings(.emptyTheme).isEmpty)
    }

    @Test("empty-theme: a theme with no codes at all")
    func themeWithoutCodes() {
        var study = StudyFixture.base
        study.themes.append(Theme(id: "t3", name: "T3", definition: "Third."))
        #expect(study.audit().findings(.emptyTheme).map(\.objects.themes) == [["t3"]])
    }

    @Test("thin-theme: 6 segments and 3 participants per theme, against the thresholds", arguments: [
        (7, 2, true), (6, 2, false), (3, 4, true), (3, 3, false),
    ])
    func thinTheme(minSegments: Int, minParticipants: Int, fires: Bool) throws {
        var study = StudyFixture.base
        study.thresholds.minSegments = minSegments
        study.thresholds.minParticipants = minParticipants
        let thin = study.audit().findings(.thinTheme)
        #expect(thin.count == (fires ? 2 : 0))
        if fires {
            #expect(thin.map(\.objects.themes) == [["t1"], ["t2"]])
            #expect(thin[0].counts == ["segments": 6, "participants": 3, "sources": 3])
        }
    }

    @Test("overlapping-themes: Jaccard of the themes' utterances 3/6 = 0.5 fires only above the threshold", arguments: [
        (0.49, true), (0.5, false),
    ])
    func overlappingThemes(threshold: Double, fires: Bool) throws {
        var study = StudyFixture.base
        study.addCode("e")
        study.theme("t2") { $0.codeIDs.append("e") }
        for source in ["S1", "S2", "S3"] { study.codings.append(StudyFixture.coding(source, 11, 13, "e")) }
        study.thresholds.maxOverlap = threshold
        let overlaps = study.audit().findings(.overlappingThemes)
        #expect(overlaps.count == (fires ? 1 : 0))
        if let overlap = overlaps.first {
            #expect(overlap.objects.themes == ["t1", "t2"])
            #expect(overlap.counts["jaccard"] == 0.5)
            #expect(overlap.counts["shared_utterances"] == 3)
        }
    }

    @Test("overlapping-themes: a theme and its own subtheme are not compared")
    func subthemeOverlapIgnored() {
        var study = StudyFixture.base
        study.themes.append(Theme(id: "t1a", name: "T1a", definition: "Part.", codeIDs: ["a"], parentID: "t1"))
        study.thresholds.maxOverlap = 0.1
        #expect(study.audit().findings(.overlappingThemes).isEmpty)
    }

    @Test("split-theme: codes declared across the two data clusters split both themes; ARI = -0.5 by hand")
    func splitTheme() throws {
        var study = StudyFixture.base
        study.themes = [Theme(id: "t1", name: "T1", definition: "First.", codeIDs: ["a", "c"]),
                        Theme(id: "t2", name: "T2", definition: "Second.", codeIDs: ["b", "d"])]
        let result = study.audit()
        let splits = result.findings(.splitTheme)
        #expect(splits.map(\.objects.themes) == [["t1"], ["t2"]])
        #expect(splits[0].objects.codes == ["a", "c"])
        #expect(splits[0].counts["clusters"] == 2)
        let ari = try #require(result.dataFramework.adjustedRandIndex)
        #expect(abs(ari - -0.5) < 1e-12)
        // Near miss: the base study's themes match the clusters.
        let base = StudyFixture.base.audit()
        #expect(base.findings(.splitTheme).isEmpty)
        #expect(base.dataFramework.adjustedRandIndex == 1)
    }

    @Test("orphan-code: a used code in no theme; in a theme it is silent")
    func orphanCode() throws {
        var study = StudyFixture.base
        study.addCode("e")
        study.codings.append(StudyFixture.coding("S2", 0, 4, "e"))
        let orphan = try #require(study.audit().findings(.orphanCode).first)
        #expect(orphan.objects.codes == ["e"])
        #expect(orphan.counts == ["codings": 1, "segments": 1])
        study.theme("t1") { $0.codeIDs.append("e") }
        #expect(study.audit().findings(.orphanCode).isEmpty)
    }

    @Test("unused-code: a codable code never used is a note; a grouping node is not")
    func unusedCode() throws {
        var study = StudyFixture.base
        study.addCode("e")
        let unused = try #require(study.audit().findings(.unusedCode).first)
        #expect(unused.severity == .info)
        #expect(unused.objects.codes == ["e"])
        var grouping = StudyFixture.base
        grouping.addCode("g", codable: false)
        #expect(grouping.audit().findings.isEmpty)
    }

    @Test("undefined-code: a codable code without definition (white space only counts as none); a grouping node is exempt")
    func undefinedCode() {
        var study = StudyFixture.base
        study.codes[0].definition = "  \n"
        #expect(study.audit().findings(.undefinedCode).map(\.objects.codes) == [["a"]])
        var grouping = StudyFixture.base
        grouping.addCode("g", definition: "", codable: false)
        #expect(grouping.audit().findings(.undefinedCode).isEmpty)
    }

    @Test("undefined-theme: a theme without definition")
    func undefinedTheme() {
        var study = StudyFixture.base
        study.theme("t2") { $0.definition = "" }
        #expect(study.audit().findings(.undefinedTheme).map(\.objects.themes) == [["t2"]])
        #expect(StudyFixture.base.audit().findings(.undefinedTheme).isEmpty)
    }

    @Test("code-in-many-themes: a code in two themes, named with both")
    func codeInManyThemes() throws {
        var study = StudyFixture.base
        study.theme("t2") { $0.codeIDs.append("a") }
        let result = study.audit()
        let finding = try #require(result.findings(.codeInManyThemes).first)
        #expect(finding.objects.themes == ["t1", "t2"])
        #expect(finding.objects.codes == ["a"])
        #expect(finding.counts == ["themes": 2])
        // It cannot be compared with the data clusters: it sits in two declared themes.
        #expect(result.dataFramework.ambiguous == ["a"])
    }

    @Test("uncoded-source: a source without codings; one coding silences it")
    func uncodedSource() throws {
        var study = StudyFixture.base
        study.sources.append(StudyFixture.source("S4", interviewer: "IV2", roles: [.interviewer, .participant, .participant, .participant]))
        let finding = try #require(study.audit().findings(.uncodedSource).first)
        #expect(finding.objects.sources == ["S4"])
        #expect(finding.counts == ["utterances": 4])
        study.codings.append(StudyFixture.coding("S4", 30, 35, "c"))
        #expect(study.audit().findings(.uncodedSource).isEmpty)
    }

    @Test("single-coder-theme: a theme coded by one coder; silent for a reflexive project and with two coders")
    func singleCoderTheme() throws {
        var study = StudyFixture.base
        study.codings = study.codings.map { coding in
            var coding = coding
            if coding.codeID == "b" { coding.coderID = "anna" }
            return coding
        }
        let finding = try #require(study.audit().findings(.singleCoderTheme).first)
        #expect(finding.objects.themes == ["t1"])
        #expect(finding.objects.coders == ["anna"])
        #expect(finding.counts == ["codings": 6, "coders": 1])
        #expect(finding.severity == .info)
        study.thresholds.approach = .codingReliability
        #expect(study.audit().findings(.singleCoderTheme).first?.severity == .warning)
        study.thresholds.approach = .reflexive
        #expect(study.audit().findings(.singleCoderTheme).isEmpty)
    }

    @Test("interviewer-skew: t1 only in IV1's interviews (S1, S3), none of IV2's; one coding in S2 silences it")
    func interviewerSkew() throws {
        var study = StudyFixture.base
        study.codings.removeAll { $0.sourceID == "S2" && ["a", "b"].contains($0.codeID) }
        let finding = try #require(study.audit().findings(.interviewerSkew).first)
        #expect(study.audit().findings(.interviewerSkew).count == 1)
        #expect(finding.objects.themes == ["t1"])
        #expect(finding.objects.sources == ["S1", "S3"])
        #expect(finding.counts == ["sources": 2, "other_interviewer_sources": 1, "interviewers": 2])
        study.codings.append(StudyFixture.coding("S2", 10, 12, "a"))
        #expect(study.audit().findings(.interviewerSkew).isEmpty)
    }

    @Test("interpreter-only-evidence: a theme coded only in interpreter turns; one participant turn silences it")
    func interpreterOnly() throws {
        var study = StudyFixture.base
        study.sources.append(StudyFixture.source("S4", interviewer: "IV2", roles: [.interviewer, .participant, .interpreter]))
        study.addCode("e")
        study.themes.append(Theme(id: "t3", name: "T3", definition: "Third.", codeIDs: ["e"]))
        study.codings.append(StudyFixture.coding("S4", 20, 29, "e"))
        study.codings.append(StudyFixture.coding("S4", 21, 25, "e", coder: "ben"))
        let finding = try #require(study.audit().findings(.interpreterOnlyEvidence).first)
        #expect(finding.objects.themes == ["t3"])
        #expect(finding.counts == ["codings": 2, "segments": 2])
        // A coding reaching from the participant's turn into the interpreter's is the participant's own words too.
        study.codings.append(StudyFixture.coding("S4", 15, 25, "e"))
        #expect(study.audit().findings(.interpreterOnlyEvidence).isEmpty)
    }

    @Test("flagged-coding: a coding flagged by re-anchoring, with its id, code, source and coder")
    func flaggedCoding() throws {
        var study = StudyFixture.base
        study.codings[5].isFlagged = true
        let finding = try #require(study.audit().findings(.flaggedCoding).first)
        #expect(finding.objects.codings == [study.codings[5].id])
        #expect(finding.objects.codes == ["b"])
        #expect(finding.objects.sources == ["S2"])
        #expect(finding.objects.coders == ["ben"])
    }

    @Test("every finding id is stable and has a severity", arguments: FindingKind.allCases)
    func stableIDs(kind: FindingKind) {
        #expect(FindingKind(rawValue: kind.rawValue) == kind)
        #expect(kind.rawValue.allSatisfy { $0.isLowercase || $0 == "-" })
    }
}
