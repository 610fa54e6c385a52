/// A horizontal bar chart of counts, one labelled bar a row: the code-frequency chart.
///
/// Each bar carries its label on the left and its count at its end, so the chart reads the same
/// in black and white; an axis of round numbers runs along the top.
public struct BarChart: Hashable, Sendable {
    /// One row.
    public struct Bar: Hashable, Sendable {
        public var label: String
        public var value: Int
        /// Shown after the count (`5 sources`).
        public var note: String?

        public init(label: String, value: Int, note: String? = nil) {
            self.label = label
            self.value = value
            self.note = note
        }
    }

    /// Unique in the page.
    public var id: String
    public var title: String
    /// What the bars count (`codings`), for the axis and the description.
    public var unit: String
    public var bars: [Bar]

    public init(id: String, title: String, unit: String, bars: [Bar]) {
        self.id = id
        self.title = title
        self.unit = unit
        self.bars = bars
    }

    static let margin = 8.0, rowHeight = 20.0, barHeight = 14.0, plotWidth = 320.0, axisHeight = 40.0, maxLabelWidth = 280.0

    /// The chart as a standalone `<svg>` element.
    public func svg() -> String {
        let values = bars.map { max(0, $0.value) }
        let ticks = ChartScale.ticks(upTo: values.max() ?? 0)
        let top = Double(ticks.last ?? 1)
        let labelWidth = min(BarChart.maxLabelWidth, bars.map { TextMeasure.width($0.label) }.max() ?? 0)
        let valueLabels = bars.map { bar in String(max(0, bar.value)) + (bar.note.map { " · " + $0 } ?? "") }
        let valueWidth = valueLabels.map { TextMeasure.width($0) }.max() ?? 0
        let plotX = BarChart.margin + labelWidth + 8
        let width = plotX + BarChart.plotWidth + 6 + valueWidth + BarChart.margin
        let height = BarChart.axisHeight + Double(max(1, bars.count)) * BarChart.rowHeight + BarChart.margin
        let description = bars.isEmpty ? "No \(unit) yet."
            : "\(bars.count) bars, one per row: " + zip(bars, values).map { "\($0.label) \($1)" }.joined(separator: "; ") + "."
        var svg = SVGWriter(id: id, kind: "bar-chart", width: width, height: height, title: title, description: description)
        svg.open("g", ["class": "axis"])
        for tick in ticks {
            let x = plotX + Double(tick) / top * BarChart.plotWidth
            svg.element("line", ["x1": SVGWriter.number(x), "x2": SVGWriter.number(x), "y1": SVGWriter.number(BarChart.axisHeight - 4),
                                 "y2": SVGWriter.number(height - BarChart.margin), "class": "grid"])
            svg.text(String(tick), x: x, y: BarChart.axisHeight - 8, anchor: "middle")
        }
        svg.text(unit, x: plotX + BarChart.plotWidth, y: 12, anchor: "end", className: "axis-title")
        svg.close("g")
        if bars.isEmpty {
            svg.text("No \(unit) yet.", x: plotX, y: BarChart.axisHeight + 14, className: "empty")
        }
        for (row, bar) in bars.enumerated() {
            let y = BarChart.axisHeight + Double(row) * BarChart.rowHeight
            let length = Double(values[row]) / top * BarChart.plotWidth
            svg.open("g", ["class": "bar"])
            svg.text(bar.label, x: plotX - 8, y: y + 14, anchor: "end", maxWidth: BarChart.maxLabelWidth)
            svg.element("rect", ["x": SVGWriter.number(plotX), "y": SVGWriter.number(y + 3), "width": SVGWriter.number(length),
                                 "height": SVGWriter.number(BarChart.barHeight), "fill": ChartPalette.colour(0)])
            svg.text(valueLabels[row], x: plotX + length + 6, y: y + 14, className: "value")
            svg.close("g")
        }
        return svg.finished()
    }
}
