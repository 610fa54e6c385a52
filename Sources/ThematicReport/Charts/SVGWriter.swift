/// Writes SVG markup a line an element, with escaped text and numbers rounded to a tenth, so the
/// same input always gives the same bytes (the snapshot tests rely on it).
struct SVGWriter {
    private(set) var lines: [String] = []
    private var depth = 0

    /// Opens `<svg>` with a view box, a title and a description for screen readers.
    /// - Parameters:
    ///   - id: unique in the page; the title and description ids derive from it.
    ///   - kind: the chart's kind, as `data-chart` (what the browser test looks for).
    init(id: String, kind: String, width: Double, height: Double, title: String, description: String) {
        lines.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(Markup.html(id))\" data-chart=\"\(Markup.html(kind))\" "
            + "class=\"chart\" role=\"img\" viewBox=\"0 0 \(SVGWriter.number(width)) \(SVGWriter.number(height))\" "
            + "width=\"\(SVGWriter.number(width))\" height=\"\(SVGWriter.number(height))\" "
            + "aria-labelledby=\"\(Markup.html(id))-title \(Markup.html(id))-desc\">")
        depth = 1
        element("title", ["id": id + "-title"], text: title)
        element("desc", ["id": id + "-desc"], text: description)
    }

    /// An element with attributes (written in name order) and optional text content.
    mutating func element(_ name: String, _ attributes: [String: String], text: String? = nil) {
        let opening = "<" + name + SVGWriter.attributes(attributes)
        let indent = String(repeating: "  ", count: depth)
        if let text {
            lines.append(indent + opening + ">" + Markup.html(text) + "</" + name + ">")
        } else {
            lines.append(indent + opening + "/>")
        }
    }

    /// A text label; long labels are shortened to `maxWidth` with `…`, the full text kept as a tooltip.
    mutating func text(_ content: String, x: Double, y: Double, anchor: String = "start", className: String? = nil,
                       maxWidth: Double? = nil, bold: Bool = false, extra: [String: String] = [:]) {
        var attributes = extra
        attributes["x"] = SVGWriter.number(x)
        attributes["y"] = SVGWriter.number(y)
        if anchor != "start" { attributes["text-anchor"] = anchor }
        if let className { attributes["class"] = className }
        let shown = maxWidth.map { TextMeasure.truncated(content, toWidth: $0, bold: bold) } ?? content
        if shown == content {
            element("text", attributes, text: content)
        } else {
            open("text", attributes)
            element("title", [:], text: content)
            lines.append(String(repeating: "  ", count: depth) + Markup.html(shown))
            close("text")
        }
    }

    /// Opens a group or other container element.
    mutating func open(_ name: String, _ attributes: [String: String] = [:]) {
        lines.append(String(repeating: "  ", count: depth) + "<" + name + SVGWriter.attributes(attributes) + ">")
        depth += 1
    }

    /// Closes the innermost open element.
    mutating func close(_ name: String) {
        depth -= 1
        lines.append(String(repeating: "  ", count: depth) + "</" + name + ">")
    }

    /// The finished SVG.
    func finished() -> String {
        (lines + ["</svg>"]).joined(separator: "\n")
    }

    /// A coordinate or length: rounded to a tenth, without a trailing `.0`, never `-0`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (value * 10).rounded()
        if tenths == 0 { return "0" }
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths) % 10)
        if fraction == 0 { return String(whole) }
        return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
    }

    private static func attributes(_ attributes: [String: String]) -> String {
        attributes.keys.sorted().map { " \($0)=\"\(Markup.html(attributes[$0]!))\"" }.joined()
    }
}
