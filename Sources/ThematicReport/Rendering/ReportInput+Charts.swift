/// The report's charts, built from its values; the HTML page draws them, the Markdown variant
/// shows the same numbers as tables.
extension ReportInput {
    /// Themes → subthemes → codes.
    public var thematicMapChart: ThematicMapChart {
        func code(_ code: ReportCode) -> ThematicMapChart.Node {
            .init(label: code.name, kind: .code, detail: ReportText.count(code.segments, "segment"))
        }
        let root = ThematicMapChart.Node(label: studyName, kind: .study, children: themes.map { theme in
            .init(label: theme.name, kind: .theme, children: theme.codes.map(code) + theme.subthemes.map { subtheme in
                .init(label: subtheme.name, kind: .subtheme, children: subtheme.codes.map(code))
            })
        })
        return ThematicMapChart(id: "chart-thematic-map", title: "Thematic map: themes, subthemes and their codes", root: root)
    }

    /// Codings per code.
    public var codeFrequencyChart: BarChart {
        BarChart(id: "chart-code-frequencies", title: "Code frequencies", unit: "codings",
                 bars: codeFrequencies.map { .init(label: $0.codeID, value: $0.codings, note: ReportText.count($0.sources, "source")) })
    }

    /// Code-by-code co-occurrence, when the input has it.
    public var cooccurrenceChart: HeatMap? {
        cooccurrence.map { HeatMap(id: "chart-cooccurrence", title: "Code co-occurrence", unit: $0.unit, labels: $0.codes, cells: $0.cells) }
    }

    /// Participants with each theme per value of the split attribute, when there is one.
    public var prevalenceChart: PrevalenceChart? {
        splitAttribute.map { attribute in
            PrevalenceChart(id: "chart-prevalence", title: "Prevalence by \(attribute.name)", attribute: attribute.name,
                            rows: themes.map { theme in
                                .init(label: theme.name, shares: theme.prevalence.groups.map {
                                    .init(group: $0.value, count: $0.participants, total: $0.groupParticipants)
                                })
                            })
        }
    }
}

extension ReportInput {
    /// The ids of the charts the HTML page draws (`data-chart` elements carry them as `id`).
    public var chartIDs: [String] {
        [thematicMapChart.id, codeFrequencyChart.id] + [cooccurrenceChart?.id, prevalenceChart?.id].compactMap { $0 }
    }
}
