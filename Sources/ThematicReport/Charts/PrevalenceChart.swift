/// Prevalence by attribute: for each theme, one bar per value of a case attribute, as long as the
/// share of that group's participants whose interviews hold the theme.
///
/// Every bar is labelled with its group and its fraction (`IV1 2/3`), so groups of unequal size
/// compare fairly and the chart reads without colour.
public struct PrevalenceChart: Hashable, Sendable {
    /// One bar: a group's count out of its size.
    public struct Share: Hashable, Sendable {
        public var group: String
        public var count: Int
        public var total: Int

        public init(group: String, count: Int, total: Int) {
            self.group = group
            self.count = count
            self.total = total
        }

        /// The share from 0 to 1; 0 for an empty group.
        var fraction: Double { total > 0 ? min(1, Double(max(0, count)) / Double(total)) : 0 }
        var label: String { "\(group) \(max(0, count))/\(max(0, total))" }
    }

    /// A theme and its bars.
    public struct Row: Hashable, Sendable {
        public var label: String
        public var shares: [Share]

        public init(label: String, shares: [Share]) {
            self.label = label
            self.shares = shares
        }
    }

    public var id: String
    public var title: String
    /// The attribute's name, for the description.
    public var attribute: String
    public var rows: [Row]

    public init(id: String, title: String, attribute: String, rows: [Row]) {
        self.id = id
        self.title = title
        self.attribute = attribute
        self.rows = rows
    }

    static let margin = 8.0, barHeight = 14.0, barGap = 3.0, rowGap = 18.0, plotWidth = 260.0, axisHeight = 40.0, maxLabelWidth = 240.0

    /// The chart as a standalone `<svg>` element.
    public func svg() -> String {
        let labelWidth = min(PrevalenceChart.maxLabelWidth, rows.map { TextMeasure.width($0.label) }.max() ?? 0)
        let valueWidth = rows.flatMap(\.shares).map { TextMeasure.width($0.label + " (100%)") }.max() ?? 0
        let plotX = PrevalenceChart.margin + labelWidth + 10
        let width = plotX + PrevalenceChart.plotWidth + 6 + valueWidth + PrevalenceChart.margin
        let rowHeights = rows.map { Double(max(1, $0.shares.count)) * (PrevalenceChart.barHeight + PrevalenceChart.barGap) }
        let height = PrevalenceChart.axisHeight + rowHeights.reduce(0, +) + Double(rows.count) * PrevalenceChart.rowGap + PrevalenceChart.margin
        let description = rows.isEmpty ? "No themes to compare."
            : "Share of participants whose interviews hold each theme, by \(attribute): "
                + rows.map { row in row.label + " (" + row.shares.map(\.label).joined(separator: ", ") + ")" }.joined(separator: "; ") + "."
        var svg = SVGWriter(id: id, kind: "prevalence", width: width, height: height, title: title, description: description)
        svg.open("g", ["class": "axis"])
        for percent in stride(from: 0, through: 100, by: 25) {
            let x = plotX + Double(percent) / 100 * PrevalenceChart.plotWidth
            svg.element("line", ["x1": SVGWriter.number(x), "x2": SVGWriter.number(x), "y1": SVGWriter.number(PrevalenceChart.axisHeight - 4),
                                 "y2": SVGWriter.number(height - PrevalenceChart.margin), "class": "grid"])
            svg.text("\(percent)%", x: x, y: PrevalenceChart.axisHeight - 8, anchor: "middle")
        }
        svg.text("participants with the theme", x: plotX + PrevalenceChart.plotWidth, y: 12, anchor: "end", className: "axis-title")
        svg.close("g")
        var y = PrevalenceChart.axisHeight
        for (index, row) in rows.enumerated() {
            svg.open("g", ["class": "theme"])
            svg.text(row.label, x: plotX - 10, y: y + rowHeights[index] / 2 + 4, anchor: "end", maxWidth: PrevalenceChart.maxLabelWidth)
            for (position, share) in row.shares.enumerated() {
                let barY = y + Double(position) * (PrevalenceChart.barHeight + PrevalenceChart.barGap)
                let length = share.fraction * PrevalenceChart.plotWidth
                svg.element("rect", ["x": SVGWriter.number(plotX), "y": SVGWriter.number(barY), "width": SVGWriter.number(length),
                                     "height": SVGWriter.number(PrevalenceChart.barHeight), "fill": ChartPalette.colour(position)])
                let percent = share.total > 0 ? " (\(Int((share.fraction * 100).rounded()))%)" : ""
                svg.text(share.label + percent, x: plotX + length + 6, y: barY + PrevalenceChart.barHeight - 3, className: "value")
            }
            svg.close("g")
            y += rowHeights[index] + PrevalenceChart.rowGap
        }
        return svg.finished()
    }
}
