import Foundation
import Thematic

/// An audit as people read it: the framework as coded, the framework from the data, the findings.
enum AuditText {
    static func lines(_ result: AuditResult) -> [String] {
        frameworkLines(result.framework) + [""] + dataLines(result.dataFramework) + [""] + findingLines(result.findings)
    }

    static func frameworkLines(_ framework: FrameworkAsCoded) -> [String] {
        var lines = ["Framework as coded — \(framework.sources) sources, \(framework.participants) participants"
            + (framework.attribute.map { ", split by \($0)" } ?? "")]
        var table = TextTable(header: ["THEME / CODE", "SEGMENTS", "CODINGS", "SOURCES", "SHARE", "PARTICIPANTS"],
                              rightAligned: [1, 2, 3, 4, 5])
        var splits: [String] = []
        func row(_ label: String, _ prevalence: Prevalence) {
            table.rows.append([label, String(prevalence.segments), String(prevalence.codings), String(prevalence.sources),
                               percent(prevalence.sourceShare), String(prevalence.participants)])
        }
        func walk(_ theme: FrameworkAsCoded.ThemeNode, depth: Int) {
            let indent = String(repeating: "  ", count: depth)
            row(indent + (depth == 0 ? "" : "▸ ") + theme.id + " [\(theme.status)]", theme.prevalence)
            if let split = theme.prevalence.byAttribute { splits.append("  \(theme.id): " + describe(split)) }
            theme.codes.forEach { row(indent + "    " + $0.id, $0.prevalence) }
            theme.subthemes.forEach { walk($0, depth: depth + 1) }
        }
        framework.themes.forEach { walk($0, depth: 0) }
        if framework.themes.isEmpty {
            lines.append("  no themes declared (thematic theme add NAME)")
        } else {
            lines += table.render()
        }
        if let attribute = framework.attribute, !splits.isEmpty {
            lines.append("")
            lines.append("By \(attribute):")
            lines += splits
        }
        return lines
    }

    static func describe(_ split: AttributeSplit) -> String {
        if split.isNumeric {
            func summary(_ value: AttributeSplit.Summary?) -> String {
                guard let value, let mean = value.mean, let minimum = value.minimum, let maximum = value.maximum else { return "no cases" }
                return "mean \(number(mean)), range \(number(minimum))–\(number(maximum)), \(value.cases) cases"
            }
            return "where found: \(summary(split.present)); elsewhere: \(summary(split.absent))"
        }
        return split.groups.map { "\($0.value) \($0.casesWithNode)/\($0.cases) cases, \($0.segments) segments" }.joined(separator: " · ")
    }

    static func dataLines(_ data: DataFramework) -> [String] {
        var lines = ["Framework from the data alone — \(data.clusters.count) clusters of co-occurring codes, adjusted Rand index "
            + (data.adjustedRandIndex.map { number($0) } ?? "undefined") + " against the declared themes"]
        for cluster in data.clusters {
            lines.append("  cluster \(cluster.number) (closest theme: \(cluster.closestTheme ?? "none"), cohesion \(number(cluster.cohesion))): "
                + cluster.codes.joined(separator: ", "))
        }
        for code in data.misplaced {
            lines.append("  ≠ \(code.code): declared in \(code.declaredTheme), clusters with \(code.clusterTheme ?? "no theme") (cluster \(code.cluster))")
        }
        if !data.ambiguous.isEmpty { lines.append("  not compared (in several themes): " + data.ambiguous.joined(separator: ", ")) }
        return lines
    }

    static func findingLines(_ findings: [AuditFinding]) -> [String] {
        let counts = Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
        var lines = ["Findings: \(counts[.error] ?? 0) errors, \(counts[.warning] ?? 0) warnings, \(counts[.info] ?? 0) notes"]
        let width = findings.map(\.id.count).max() ?? 0
        for finding in findings {
            lines.append("  \(finding.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) "
                + "\(finding.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(finding.message)")
        }
        return lines
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    static func number(_ value: Double) -> String { String(format: "%.2f", value) }
}
