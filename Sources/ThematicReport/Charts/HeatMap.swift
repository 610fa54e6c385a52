/// A square heat map of counts between the same items: the code co-occurrence chart.
///
/// Rows carry numbered labels (`3  alliance/bond/trust`) and columns the same numbers, so the map
/// stays narrow however long the code ids; every non-empty cell shows its count, and the
/// diagonal (each code's own segments) is outlined, so it reads without colour.
public struct HeatMap: Hashable, Sendable {
    public var id: String
    public var title: String
    /// What a count counts, for the description.
    public var unit: String
    public var labels: [String]
    /// `cells[row][column]`; rows or columns beyond ``labels`` are ignored, missing ones count 0.
    public var cells: [[Int]]

    public init(id: String, title: String, unit: String, labels: [String], cells: [[Int]]) {
        self.id = id
        self.title = title
        self.unit = unit
        self.labels = labels
        self.cells = cells
    }

    static let margin = 8.0, cell = 24.0, headerHeight = 22.0, maxLabelWidth = 260.0

    /// The count at a row and column, 0 outside the table, never negative.
    func count(_ row: Int, _ column: Int) -> Int {
        guard row < cells.count, column < cells[row].count else { return 0 }
        return max(0, cells[row][column])
    }

    /// The chart as a standalone `<svg>` element.
    public func svg() -> String {
        let n = labels.count
        let rowLabels = labels.enumerated().map { "\($0 + 1)  \($1)" }
        let labelWidth = min(HeatMap.maxLabelWidth, rowLabels.map { TextMeasure.width($0) }.max() ?? 0)
        let gridX = HeatMap.margin + labelWidth + 8
        let width = gridX + Double(max(n, 1)) * HeatMap.cell + HeatMap.margin
        let height = HeatMap.headerHeight + Double(max(n, 1)) * HeatMap.cell + HeatMap.margin
        // The colour scale ignores the diagonal, which would otherwise wash out every pair.
        var offDiagonal = 0
        for row in 0..<n { for column in 0..<n where row != column { offDiagonal = max(offDiagonal, count(row, column)) } }
        var pairs: [String] = []
        for row in 0..<n { for column in (row + 1)..<max(row + 1, n) where count(row, column) > 0 {
            pairs.append("\(labels[row]) with \(labels[column]) \(count(row, column))")
        } }
        let description = n == 0 ? "No codes to compare yet."
            : "\(n) codes; the number in a cell counts \(unit), the diagonal each code's own. "
                + (pairs.isEmpty ? "No two codes occur together." : "Pairs: " + pairs.joined(separator: "; ") + ".")
        var svg = SVGWriter(id: id, kind: "heat-map", width: width, height: height, title: title, description: description)
        if n == 0 { svg.text("No codes to compare yet.", x: HeatMap.margin, y: HeatMap.headerHeight + 14, className: "empty") }
        svg.open("g", ["class": "columns"])
        for column in 0..<n {
            svg.text(String(column + 1), x: gridX + (Double(column) + 0.5) * HeatMap.cell, y: HeatMap.headerHeight - 6, anchor: "middle")
        }
        svg.close("g")
        for row in 0..<n {
            let y = HeatMap.headerHeight + Double(row) * HeatMap.cell
            svg.open("g", ["class": "row"])
            svg.text(rowLabels[row], x: gridX - 8, y: y + HeatMap.cell / 2 + 4, anchor: "end", maxWidth: HeatMap.maxLabelWidth)
            for column in 0..<n {
                let value = count(row, column)
                let x = gridX + Double(column) * HeatMap.cell
                let share = row == column ? 0 : (offDiagonal == 0 ? 0 : Double(value) / Double(offDiagonal))
                var attributes = ["x": SVGWriter.number(x), "y": SVGWriter.number(y), "width": SVGWriter.number(HeatMap.cell),
                                  "height": SVGWriter.number(HeatMap.cell), "fill": row == column ? "#eeeeee" : ChartPalette.sequential(share)]
                attributes["class"] = row == column ? "cell diagonal" : "cell"
                svg.element("rect", attributes)
                if value > 0 {
                    svg.text(String(value), x: x + HeatMap.cell / 2, y: y + HeatMap.cell / 2 + 4, anchor: "middle",
                             className: ChartPalette.needsLightText(share) ? "value light" : "value")
                }
            }
            svg.close("g")
        }
        return svg.finished()
    }
}
