/// The thematic map: the study → its themes → their subthemes → their codes, as a node-link tree
/// read from left to right.
///
/// Codes, the leaves, line up in the last column with their segment counts; a theme, a subtheme
/// and the study carry their names left of their node, and each theme's links share its colour.
/// A code gathered by two themes appears under both, as in the framework.
public struct ThematicMapChart: Hashable, Sendable {
    /// A node of the map.
    public struct Node: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable { case study, theme, subtheme, code }

        public var label: String
        public var kind: Kind
        /// Shown after a code's label (`12 segments`).
        public var detail: String?
        public var children: [Node]

        /// Themes and the study are drawn bold (the stylesheet says so); their labels need more room.
        var isBold: Bool { kind == .theme || kind == .study }

        public init(label: String, kind: Kind, detail: String? = nil, children: [Node] = []) {
            self.label = label
            self.kind = kind
            self.detail = detail
            self.children = children
        }
    }

    public var id: String
    public var title: String
    public var root: Node

    public init(id: String, title: String, root: Node) {
        self.id = id
        self.title = title
        self.root = root
    }

    static let margin = 8.0, rowHeight = 20.0, linkSpan = 36.0, maxLabelWidth = 220.0, radius = 4.5

    /// A node placed on the page.
    struct Placed {
        var node: Node
        var depth: Int
        var x = 0.0
        var y = 0.0
        /// Where an incoming link ends: the left edge of the label (inner nodes) or the node (codes).
        var linkEnd = 0.0
        var parent: Int?
        /// The theme it belongs to, for its colour.
        var theme: Int?
    }

    /// The nodes, depth first, with their positions.
    func layout() -> (nodes: [Placed], width: Double, height: Double) {
        var nodes: [Placed] = []
        var leafRow = 0
        var themeCount = 0
        func visit(_ node: Node, depth: Int, parent: Int?, theme: Int?) -> Double {
            let index = nodes.count
            var theme = theme
            if node.kind == .theme { theme = themeCount; themeCount += 1 }
            nodes.append(Placed(node: node, depth: depth, parent: parent, theme: theme))
            if node.children.isEmpty {
                nodes[index].y = ThematicMapChart.margin + 16 + Double(leafRow) * ThematicMapChart.rowHeight
                leafRow += 1
            } else {
                let ys = node.children.map { visit($0, depth: depth + 1, parent: index, theme: theme) }
                nodes[index].y = ((ys.first ?? 0) + (ys.last ?? 0)) / 2
            }
            return nodes[index].y
        }
        _ = visit(root, depth: 0, parent: nil, theme: nil)

        // Inner columns are as wide as their widest label; codes share the column after the last.
        let innerDepths = nodes.filter { $0.node.kind != .code }.map(\.depth)
        let lastInner = innerDepths.max() ?? 0
        func labelWidth(_ node: Node) -> Double { min(ThematicMapChart.maxLabelWidth, TextMeasure.width(node.label, bold: node.isBold)) }
        var columnX: [Double] = []
        var x = ThematicMapChart.margin
        for depth in 0...lastInner {
            let widest = nodes.filter { $0.depth == depth && $0.node.kind != .code }.map { labelWidth($0.node) }.max() ?? 0
            x += (depth == 0 ? 0 : ThematicMapChart.linkSpan) + widest + 8
            columnX.append(x)
        }
        let codeX = x + ThematicMapChart.linkSpan + 8
        var width = codeX
        for index in nodes.indices {
            if nodes[index].node.kind == .code {
                nodes[index].x = codeX
                nodes[index].linkEnd = codeX - ThematicMapChart.radius
                width = max(width, codeX + 8 + min(ThematicMapChart.maxLabelWidth * 1.5, TextMeasure.width(codeLabel(nodes[index].node))))
            } else {
                nodes[index].x = columnX[nodes[index].depth]
                nodes[index].linkEnd = nodes[index].x - 8 - labelWidth(nodes[index].node) - 4
            }
        }
        let height = ThematicMapChart.margin * 2 + 16 + Double(max(1, leafRow)) * ThematicMapChart.rowHeight - 8
        return (nodes, width + ThematicMapChart.margin, height)
    }

    func codeLabel(_ node: Node) -> String { node.label + (node.detail.map { " · " + $0 } ?? "") }

    /// The chart as a standalone `<svg>` element.
    public func svg() -> String {
        let (nodes, width, height) = layout()
        let themes = nodes.filter { $0.node.kind == .theme }
        let codes = nodes.filter { $0.node.kind == .code }
        let description = "\(root.label): \(themes.count) themes, \(codes.count) codes. "
            + themes.map { theme in
                let below = nodes.filter { $0.theme == theme.theme && $0.node.kind == .code }.map(\.node.label)
                return theme.node.label + " (" + (below.isEmpty ? "no codes" : below.joined(separator: ", ")) + ")"
            }.joined(separator: "; ") + "."
        var svg = SVGWriter(id: id, kind: "thematic-map", width: width, height: height, title: title, description: description)
        svg.open("g", ["class": "links"])
        for placed in nodes {
            guard let parentIndex = placed.parent else { continue }
            let parent = nodes[parentIndex]
            let (x0, y0, x1, y1) = (parent.x + ThematicMapChart.radius, parent.y, placed.linkEnd, placed.y)
            let middle = (x0 + x1) / 2
            let path = "M\(SVGWriter.number(x0)) \(SVGWriter.number(y0))C\(SVGWriter.number(middle)) \(SVGWriter.number(y0)) "
                + "\(SVGWriter.number(middle)) \(SVGWriter.number(y1)) \(SVGWriter.number(x1)) \(SVGWriter.number(y1))"
            svg.element("path", ["d": path, "stroke": placed.theme.map(ChartPalette.colour) ?? "#777777", "class": "link"])
        }
        svg.close("g")
        for placed in nodes {
            svg.open("g", ["class": "node " + placed.node.kind.rawValue])
            svg.element("circle", ["cx": SVGWriter.number(placed.x), "cy": SVGWriter.number(placed.y),
                                   "r": SVGWriter.number(placed.node.kind == .code ? 3.5 : ThematicMapChart.radius),
                                   "fill": placed.node.kind == .code ? "#ffffff" : (placed.theme.map(ChartPalette.colour) ?? "#333333"),
                                   "stroke": placed.theme.map(ChartPalette.colour) ?? "#333333"])
            if placed.node.kind == .code {
                svg.text(codeLabel(placed.node), x: placed.x + 8, y: placed.y + 4, maxWidth: ThematicMapChart.maxLabelWidth * 1.5)
            } else {
                svg.text(placed.node.label, x: placed.x - 8, y: placed.y + 4, anchor: "end", maxWidth: ThematicMapChart.maxLabelWidth,
                         bold: placed.node.isBold)
            }
            svg.close("g")
        }
        return svg.finished()
    }
}
