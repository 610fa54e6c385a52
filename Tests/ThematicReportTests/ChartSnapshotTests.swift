import Foundation
import Testing
@testable import ThematicReport

@Suite("Charts: SVG snapshots on small fixed inputs")
struct ChartSnapshotTests {
    static let bars = BarChart(id: "bars", title: "Code frequencies", unit: "codings", bars: [
        .init(label: "alliance/bond/trust", value: 12, note: "5 sources"),
        .init(label: "alliance/goals", value: 3, note: "2 sources"),
        .init(label: "context/endings", value: 0),
    ])

    static let heatMap = HeatMap(id: "heat", title: "Co-occurrence", unit: "utterances coded with both",
                                 labels: ["trust", "empathy", "rupture"], cells: [[9, 4, 0], [4, 6, 1], [0, 1, 2]])

    static let map = ThematicMapChart(id: "map", title: "Thematic map", root: .init(label: "Study", kind: .study, children: [
        .init(label: "Alliance", kind: .theme, children: [
            .init(label: "Bond", kind: .subtheme, children: [
                .init(label: "Trust", kind: .code, detail: "9 segments"), .init(label: "Empathy", kind: .code, detail: "6 segments"),
            ]),
            .init(label: "Goals", kind: .code, detail: "1 segment"),
        ]),
        .init(label: "Ruptures", kind: .theme, children: [.init(label: "Withdrawal", kind: .code, detail: "2 segments")]),
    ]))

    static let prevalence = PrevalenceChart(id: "prev", title: "Prevalence by interviewer", attribute: "interviewer", rows: [
        .init(label: "Alliance", shares: [.init(group: "IV1", count: 3, total: 3), .init(group: "IV2", count: 1, total: 3)]),
        .init(label: "Ruptures", shares: [.init(group: "IV1", count: 0, total: 3), .init(group: "IV2", count: 2, total: 3)]),
    ])

    @Test("the bar chart of code frequencies")
    func barChart() throws {
        let svg = ChartSnapshotTests.bars.svg()
        try Snapshot.check(svg, named: "bar-chart")
        #expect(Snapshot.isWellFormedXML(svg))
        // Bars are as long as their counts on an axis to 15: 12 → 256 of 320 px, 3 → 64.
        #expect(svg.contains("width=\"256\""))
        #expect(svg.contains("width=\"64\""))
        #expect(svg.contains(">12 · 5 sources</text>") && svg.contains(">0</text>"))
    }

    @Test("the co-occurrence heat map")
    func heatMapChart() throws {
        let svg = ChartSnapshotTests.heatMap.svg()
        try Snapshot.check(svg, named: "heat-map")
        #expect(Snapshot.isWellFormedXML(svg))
        #expect(svg.components(separatedBy: "<rect").count - 1 == 9)
        #expect(svg.components(separatedBy: "class=\"cell diagonal\"").count - 1 == 3)
        // Zero cells carry no label; the strongest pair (4) is the darkest, labelled in light text.
        #expect(svg.contains("class=\"value light\" text-anchor=\"middle\" x=\"") && !svg.contains(">0</text>"))
        #expect(svg.contains("trust with empathy 4"))
    }

    @Test("the thematic map: themes, subthemes, codes")
    func thematicMap() throws {
        let svg = ChartSnapshotTests.map.svg()
        try Snapshot.check(svg, named: "thematic-map")
        #expect(Snapshot.isWellFormedXML(svg))
        let (nodes, _, _) = ChartSnapshotTests.map.layout()
        #expect(nodes.count == 8)
        #expect(svg.components(separatedBy: "<path").count - 1 == 7)
        // Codes line up in one column, whatever their depth; a parent sits midway between its children.
        let codes = nodes.filter { $0.node.kind == .code }
        #expect(Set(codes.map(\.x)).count == 1)
        let bond = try #require(nodes.first { $0.node.label == "Bond" })
        #expect(bond.y == (codes[0].y + codes[1].y) / 2)
    }

    @Test("prevalence by attribute")
    func prevalenceChart() throws {
        let svg = ChartSnapshotTests.prevalence.svg()
        try Snapshot.check(svg, named: "prevalence")
        #expect(Snapshot.isWellFormedXML(svg))
        #expect(svg.contains(">IV1 3/3 (100%)</text>") && svg.contains(">IV2 1/3 (33%)</text>") && svg.contains(">IV1 0/3 (0%)</text>"))
    }

    @Test("empty charts still draw, saying so", arguments: ["bars", "heat", "map", "prevalence"])
    func emptyCharts(kind: String) throws {
        let svg = switch kind {
        case "bars": BarChart(id: "b", title: "t", unit: "codings", bars: []).svg()
        case "heat": HeatMap(id: "h", title: "t", unit: "u", labels: [], cells: []).svg()
        case "map": ThematicMapChart(id: "m", title: "t", root: .init(label: "Study", kind: .study)).svg()
        default: PrevalenceChart(id: "p", title: "t", attribute: "a", rows: []).svg()
        }
        try Snapshot.check(svg, named: "empty-\(kind)")
        #expect(Snapshot.isWellFormedXML(svg))
        #expect(!svg.contains("NaN") && !svg.contains("inf"))
    }

    @Test("hostile labels are escaped, long ones shortened with the full text kept")
    func hostileLabels() throws {
        let long = String(repeating: "very long code name ", count: 20)
        let svg = BarChart(id: "x\"y", title: "<b>&", unit: "c", bars: [.init(label: "<script>alert(1)</script>", value: 1),
                                                                      .init(label: long, value: -5)]).svg()
        #expect(Snapshot.isWellFormedXML(svg))
        #expect(!svg.contains("<script>") && svg.contains("&lt;script&gt;"))
        #expect(svg.contains("id=\"x&quot;y\""))
        #expect(svg.contains("<title>\(long)</title>") && svg.contains("…"))
        // A negative count draws as zero, never backwards.
        #expect(!svg.contains("width=\"-"))
    }

    @Test("a heat map with ragged or negative cells counts what is there")
    func raggedHeatMap() {
        let map = HeatMap(id: "r", title: "t", unit: "u", labels: ["a", "b", "c"], cells: [[1, -3], [2]])
        #expect(map.count(0, 1) == 0 && map.count(1, 0) == 2 && map.count(2, 2) == 0 && map.count(0, 2) == 0)
        #expect(Snapshot.isWellFormedXML(map.svg()))
    }
}
