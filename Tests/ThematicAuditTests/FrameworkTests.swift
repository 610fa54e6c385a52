import Testing
import ThematicAudit
import ThematicModel

@Suite("Framework as coded and from the data")
struct FrameworkTests {
    @Test("prevalence per theme, subtheme and code, counted by hand")
    func prevalence() throws {
        var study = StudyFixture.base
        study.themes.append(Theme(id: "t1a", name: "T1a", definition: "Part of T1.", codeIDs: ["a"], parentID: "t1"))
        study.theme("t1") { $0.codeIDs = ["b"] }
        study.sources.append(StudyFixture.source("S4", interviewer: "IV2", roles: [.interviewer, .participant]))
        let framework = study.audit().framework
        #expect(framework.sources == 4)
        #expect(framework.participants == 4)
        #expect(framework.themes.map(\.id) == ["t1", "t2"])
        let t1 = framework.themes[0]
        // t1 gathers b and, through its subtheme, a: 6 segments (a and b overlap but differ), 6 codings.
        #expect(t1.prevalence.segments == 6)
        #expect(t1.prevalence.codings == 6)
        #expect(t1.prevalence.sources == 3)
        #expect(t1.prevalence.participants == 3)
        #expect(t1.prevalence.sourceShare == 0.75)
        #expect(t1.codes.map(\.id) == ["b"])
        #expect(t1.subthemes.map(\.id) == ["t1a"])
        #expect(t1.subthemes[0].prevalence.segments == 3)
        let a = t1.subthemes[0].codes[0]
        #expect(a.sources.map(\.source) == ["S1", "S2", "S3"])
        #expect(a.sources.map(\.segments) == [1, 1, 1])
        #expect(a.sources[0].participants == ["S1/P"])
        #expect(framework.allThemes.map(\.id) == ["t1", "t1a", "t2"])
    }

    @Test("two codings of the same span count as one segment and two codings")
    func segmentsAreDistinctSpans() {
        var study = StudyFixture.base
        study.codings.append(StudyFixture.coding("S1", 10, 15, "a", coder: "ben"))
        let t1 = study.audit().framework.themes[0]
        #expect(t1.prevalence.segments == 6)
        #expect(t1.prevalence.codings == 7)
    }

    @Test("split by a text attribute: per value, cases with the theme and its segments")
    func textSplit() throws {
        var study = StudyFixture.base
        study.addCode("e")
        study.themes.append(Theme(id: "t3", name: "T3", definition: "Third.", codeIDs: ["e"]))
        study.codings.append(StudyFixture.coding("S2", 10, 12, "e"))
        study.cases = [
            StudyCase(id: "C1", sourceIDs: ["S1"], attributes: [CaseAttribute(name: "interviewer", kind: .text, value: "IV1"),
                                                              CaseAttribute(name: "wai", kind: .number, value: "50")]),
            StudyCase(id: "C2", sourceIDs: ["S2"], attributes: [CaseAttribute(name: "interviewer", kind: .text, value: "IV2"),
                                                              CaseAttribute(name: "wai", kind: .number, value: "70")]),
            StudyCase(id: "C3", sourceIDs: ["S3"], attributes: [CaseAttribute(name: "interviewer", kind: .text, value: "IV1"),
                                                              CaseAttribute(name: "wai", kind: .number, value: "60")]),
        ]
        let split = try #require(study.audit(by: "interviewer").framework.themes[2].prevalence.byAttribute)
        #expect(!split.isNumeric)
        #expect(split.groups == [AttributeSplit.Group(value: "IV1", cases: 2, casesWithNode: 0, segments: 0),
                                 AttributeSplit.Group(value: "IV2", cases: 1, casesWithNode: 1, segments: 1)])

        let numeric = try #require(study.audit(by: "wai").framework.themes[2].prevalence.byAttribute)
        #expect(numeric.isNumeric)
        #expect(numeric.present == AttributeSplit.Summary([70]))
        #expect(numeric.present?.mean == 70)
        #expect(numeric.absent?.mean == 55)
        #expect(numeric.absent?.minimum == 50)
        #expect(numeric.absent?.maximum == 60)
        #expect(numeric.absent?.cases == 2)
        // t1 is in every case: nothing where it is absent.
        let everywhere = try #require(study.audit(by: "wai").framework.themes[0].prevalence.byAttribute)
        #expect(everywhere.present?.mean == 60)
        #expect(everywhere.absent?.cases == 0)
        #expect(everywhere.absent?.mean == nil)
    }

    @Test("a numeric summary leaves NaN and infinities out")
    func summaryOfOddNumbers() {
        let summary = AttributeSplit.Summary([1, .nan, 3, .infinity])
        #expect(summary.cases == 2)
        #expect(summary.mean == 2)
        #expect(AttributeSplit.Summary([]).mean == nil)
    }

    @Test("coverage: utterances touched by codings per source")
    func coverage() {
        var study = StudyFixture.base
        study.codings.append(StudyFixture.coding("S3", 5, 25, "a"))
        let coverage = study.audit().coverage
        #expect(coverage.map(\.codedUtterances) == [2, 2, 3])
        #expect(coverage.map(\.utterances) == [3, 3, 3])
        #expect(coverage[2].share == 1)
    }
}

@Suite("Clustering the codes by co-occurrence")
struct ClusteringTests {
    /// Three groups of codes, each always coded together in its own utterance of every source.
    static func groupedStudy(declaring declared: [String: String]) -> StudyFixture {
        let groups = [("x", ["x1", "x2", "x3"]), ("y", ["y1", "y2", "y3"]), ("z", ["z1", "z2"])]
        let codes = groups.flatMap(\.1).map { Code(id: $0, name: $0, definition: "Defined.") }
        let themes = ["x", "y", "z"].map { theme in
            Theme(id: theme, name: theme, definition: "Defined.", codeIDs: codes.map(\.id).filter { declared[$0, default: String($0.prefix(1))] == theme })
        }
        let sources = ["S1", "S2", "S3", "S4"].map { StudyFixture.source($0, roles: [.interviewer, .participant, .participant, .participant]) }
        var codings: [AuditMaterial.Coding] = []
        for source in ["S1", "S2", "S3", "S4"] {
            for (number, group) in groups.enumerated() {
                for (offset, code) in group.1.enumerated() {
                    codings.append(StudyFixture.coding(source, 10 * (number + 1) + offset, 10 * (number + 1) + offset + 4, code))
                }
            }
        }
        return StudyFixture(codes: codes, themes: themes, sources: sources, codings: codings)
    }

    @Test("the grouping known by construction is found, and matches the declared themes exactly")
    func knownGrouping() {
        let data = Self.groupedStudy(declaring: [:]).audit().dataFramework
        #expect(data.clusters.map(\.codes) == [["x1", "x2", "x3"], ["y1", "y2", "y3"], ["z1", "z2"]])
        #expect(data.clusters.map(\.closestTheme) == ["x", "y", "z"])
        #expect(data.clusters.map(\.cohesion) == [1, 1, 1])
        #expect(data.adjustedRandIndex == 1)
        #expect(data.misplaced.isEmpty)
    }

    @Test("a code declared in the wrong theme is named, and the ARI is 3/5.5 by hand")
    func misplacedCode() throws {
        let result = Self.groupedStudy(declaring: ["y3": "x"]).audit()
        let data = result.dataFramework
        #expect(data.misplaced == [DataFramework.Misplaced(code: "y3", declaredTheme: "x", cluster: 2, clusterTheme: "y")])
        let ari = try #require(data.adjustedRandIndex)
        #expect(abs(ari - 3 / 5.5) < 1e-12)
        #expect(result.findings(.splitTheme).map(\.objects.themes) == [["x"]])
    }

    @Test("average linkage joins the closest pair first and breaks ties by order")
    func averageLinkage() {
        let distances: [[Double]] = [[0, 0.1, 0.9, 0.8], [0.1, 0, 0.7, 0.9], [0.9, 0.7, 0, 0.2], [0.8, 0.9, 0.2, 0]]
        let (clusters, joins) = AverageLinkage.cluster(distances: distances, into: 2)
        #expect(clusters == [[0, 1], [2, 3]])
        #expect(joins.map(\.distance) == [0.1, 0.2])
        // Average of the four cross distances: (0.9 + 0.8 + 0.7 + 0.9) / 4.
        let (one, all) = AverageLinkage.cluster(distances: distances, into: 1)
        #expect(one == [[0, 1, 2, 3]])
        #expect(abs(all[2].distance - 0.825) < 1e-12)
        let ties = Array(repeating: Array(repeating: 1.0, count: 4), count: 4)
        #expect(AverageLinkage.cluster(distances: ties, into: 2).clusters == [[0, 1, 2], [3]])
        #expect(AverageLinkage.cluster(distances: [], into: 3).clusters.isEmpty)
        #expect(AverageLinkage.cluster(distances: [[0, .nan], [.nan, 0]], into: 5).clusters == [[0], [1]])
    }

    @Test("adjusted Rand index: identical, relabelled, opposed and undefined partitions")
    func adjustedRandIndex() {
        #expect(AdjustedRandIndex.of(["a", "a", "b", "b"], [1, 1, 2, 2]) == 1)
        #expect(AdjustedRandIndex.of(["a", "a", "b", "b"], [2, 2, 1, 1]) == 1)
        #expect(AdjustedRandIndex.of(["a", "b", "a", "b"], [1, 1, 2, 2]).map { abs($0 + 0.5) < 1e-12 } == true)
        #expect(AdjustedRandIndex.of(["a"], [1]) == nil)
        #expect(AdjustedRandIndex.of(["a", "b", "c"], [1, 2, 3]) == 1)
        #expect(AdjustedRandIndex.of(["a", "a", "a"], [1, 2, 3]) == 0)
    }
}
