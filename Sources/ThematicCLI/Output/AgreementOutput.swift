import Foundation
import Thematic

/// Prints agreement results as text, JSON or CSV.
enum AgreementOutput {
    /// The CSV columns of one coefficient.
    static let statisticColumns = ["statistic", "variant", "value", "not_computable", "units", "values", "coders"]

    static func statisticCells(_ statistic: AgreementStatistic) -> [String] {
        [statistic.kind.rawValue, statistic.variant ?? "", statistic.value.map { String($0) } ?? "", statistic.notComputable ?? "",
         number(statistic.units), number(statistic.values), String(statistic.coders)]
    }

    /// "1 coder", "4 coders".
    static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        "\(value) \(value == 1 ? noun : plural ?? noun + "s")"
    }

    /// A count that may be a weight: whole numbers without decimals.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    // MARK: reliability data

    static func print(_ summary: AgreementSummary, file: String, format: TableFormat) {
        switch format {
        case .json: try? JSONOutput.print(summary)
        case .csv: Console.out(csvText(header: statisticColumns, rows: summary.statistics.map(statisticCells)), terminator: "")
        case .text:
            Console.out("\(file): \(count(summary.coders.count, "coder")), \(count(Int(summary.units), "unit")) "
                        + "(\(number(summary.pairableUnits)) coded by two or more, \(number(summary.pairableValues)) pairable values), "
                        + "\(count(summary.categories.count, "category", plural: "categories"))")
            var table = TextTable(header: ["STATISTIC", "VALUE", "UNITS", "VALUES", "CODERS", ""], rightAligned: [1, 2, 3, 4])
            table.rows = summary.statistics.map {
                [$0.title, $0.value.map { AgreementStatistic.decimal($0, digits: 3) } ?? "not computable",
                 $0.isComputable ? number($0.units) : "", $0.isComputable ? number($0.values) : "",
                 $0.isComputable ? String($0.coders) : "", $0.notComputable ?? ""]
            }
            table.render().forEach { Console.out($0) }
            if let interval = summary.alphaInterval {
                Console.out("\(AgreementStatistic.decimal(interval.level * 100, digits: 0))% interval for alpha: "
                            + "[\(AgreementStatistic.decimal(interval.lower, digits: 3)), \(AgreementStatistic.decimal(interval.upper, digits: 3))] "
                            + "(\(interval.method), \(interval.samples) resamples, seed \(interval.seed)"
                            + (interval.notComputable > 0 ? ", \(interval.notComputable) resamples without a value" : "") + ")")
            }
        }
    }

    // MARK: project

    static func print(_ report: CodingAgreementReport, format: TableFormat) {
        switch format {
        case .json: try? JSONOutput.print(report)
        case .csv:
            if let disagreements = report.disagreements {
                Console.out(csvText(header: ["source", "utterance", "start", "end", "code", "coded_by", "not_coded_by", "text"],
                                    rows: disagreements.map {
                                        [$0.source, String($0.utterance), String($0.span.start), String($0.span.end), $0.code,
                                         $0.codedBy.joined(separator: ";"), $0.notCodedBy.joined(separator: ";"), $0.text]
                                    }), terminator: "")
                return
            }
            var rows: [[String]] = []
            let cells = report.perCode + report.perSource + report.perCodeAndSource + [report.overall.pooled]
            for cell in cells {
                for statistic in cell.statistics {
                    rows.append([cell.aggregation, cell.code ?? "", cell.source ?? "", number(cell.decisions)] + statisticCells(statistic))
                }
            }
            for mean in report.overall.meanOfCodes {
                rows.append(["mean of per-code values", "", "", "", mean.kind.rawValue, mean.variant ?? "", mean.value.map { String($0) } ?? "",
                             mean.value == nil ? "no code has a value" : "", String(mean.codes), "", ""])
            }
            Console.out(csvText(header: ["aggregation", "code", "source", "decisions"] + statisticColumns, rows: rows), terminator: "")
        case .text:
            lines(report).forEach { Console.out($0) }
        }
    }

    /// A value as the tables show it (percent agreement as a percentage), or `reason` without one.
    static func shortValue(_ kind: AgreementStatistic.Kind, _ value: Double?, reason: String) -> String {
        guard let value else { return reason }
        return kind == .percentAgreement ? AgreementStatistic.decimal(value * 100, digits: 1) + "%" : AgreementStatistic.decimal(value, digits: 3)
    }

    /// The κ shown in tables: Cohen's for two coders, Fleiss' for more.
    static func kappaKind(_ report: CodingAgreementReport) -> AgreementStatistic.Kind {
        report.coders.count == 2 ? .cohenKappa : .fleissKappa
    }

    /// The per-code table (what the demo prints too).
    static func perCodeTable(_ report: CodingAgreementReport) -> [String] {
        table(report.perCode, first: ("CODE", { $0.code ?? "" }), report: report)
    }

    static func lines(_ report: CodingAgreementReport) -> [String] {
        var lines: [String] = []
        let sources = report.sources.map { "\($0.id) \($0.units)" }.joined(separator: ", ")
        lines.append("Agreement between \(report.coders.joined(separator: ", ")); unit: \(report.unit) "
                     + "(\(sources)); \(report.codes.count) codes\(report.includesSubcodes ? " with their subcodes" : "")"
                     + (report.excludedRoles.isEmpty ? "" : "; without \(report.excludedRoles.joined(separator: ", ")) speech"))
        lines.append("Each unit and code is one decision per coder: coded or not. "
                     + "KAPPA is \(kappaKind(report) == .cohenKappa ? "Cohen's" : "Fleiss'"), ALPHA Krippendorff's (nominal).")
        lines.append("")
        lines.append("Per code (pooled over sources):")
        lines += perCodeTable(report)
        lines.append("")
        lines.append("Per source (pooled over codes):")
        lines += table(report.perSource, first: ("SOURCE", { $0.source ?? "" }), report: report)
        if report.sources.count > 1 {
            lines.append("")
            lines.append("Per code × source:")
            lines += table(report.perCodeAndSource, first: ("CODE / SOURCE", { "\($0.code ?? "") / \($0.source ?? "")" }), report: report)
        }
        lines.append("")
        lines.append("Overall:")
        let pooled = report.overall.pooled
        lines.append("  pooled over codes and sources (\(number(pooled.decisions)) decisions): "
                     + [AgreementStatistic.Kind.percentAgreement, kappaKind(report), .krippendorffAlpha, .gwetAC1].compactMap { kind in
                         pooled.statistic(kind).map { "\($0.kind.displayName) \(shortValue($0.kind, $0.value, reason: $0.formatted()))" }
                     }.joined(separator: "; "))
        let means = report.overall.meanOfCodes.filter { [.percentAgreement, kappaKind(report), .krippendorffAlpha, .gwetAC1].contains($0.kind) }
        lines.append("  mean of per-code values: " + means.map { mean in
            let value = shortValue(mean.kind, mean.value, reason: "not computable")
            return "\(mean.kind.displayName) \(value) (\(mean.codes) codes" + (mean.notComputable > 0 ? ", \(mean.notComputable) not computable)" : ")")
        }.joined(separator: "; "))
        let undefined = (report.perCode + report.perSource + report.perCodeAndSource).flatMap { cell in
            cell.statistics.filter { !$0.isComputable && [kappaKind(report), .krippendorffAlpha].contains($0.kind) }
                .map { "  \([cell.code, cell.source].compactMap { $0 }.joined(separator: " / ")): \($0.kind.displayName) not computable: \($0.notComputable ?? "")" }
        }
        if !undefined.isEmpty {
            lines.append("")
            lines.append("n/c (not computable):")
            lines += undefined
        }
        if !report.notes.isEmpty {
            lines.append("")
            lines += report.notes.map { "Note: \($0)" }
        }
        if let disagreements = report.disagreements {
            lines.append("")
            lines.append("Disagreements (\(disagreements.count)):")
            for item in disagreements {
                lines.append("\(item.source):\(item.utterance) @\(item.span.start)-\(item.span.end)  \(item.code)  "
                             + "coded by \(item.codedBy.joined(separator: ", ")); not by \(item.notCodedBy.joined(separator: ", "))")
                lines.append("    \"\(item.text)\"")
            }
        }
        return lines
    }

    private static func table(_ cells: [AgreementCell], first: (String, (AgreementCell) -> String),
                              report: CodingAgreementReport) -> [String] {
        let coderColumns = report.coders.map { $0.uppercased() }
        var table = TextTable(header: [first.0] + coderColumns + ["ALL", "AGREE", "KAPPA", "ALPHA", "AC1"],
                              rightAligned: Set(1...(report.coders.count + 5)))
        table.rows = cells.map { cell in
            [first.1(cell)] + report.coders.map { number(cell.coded[$0] ?? 0) } + [number(cell.codedByAll)]
                + [.percentAgreement, kappaKind(report), .krippendorffAlpha, .gwetAC1].map { kind in
                    shortValue(kind, cell.statistic(kind)?.value, reason: "n/c")
                }
        }
        return table.render()
    }
}

extension AgreementOutput {
    /// The demo's step: the per-code table and the overall values, compactly.
    static func printDemoStep(_ report: CodingAgreementReport) {
        Console.out()
        Console.out("Agreement, auto-coding (auto:*) vs a second coder (ben), \(report.sources.map(\.id).joined(separator: " and ")), "
                    + "per \(report.unit):")
        perCodeTable(report).forEach { Console.out("  \($0)") }
        let pooled = report.overall.pooled
        let alpha = pooled.statistic(.krippendorffAlpha)?.formatted() ?? ""
        let meanAlpha = report.overall.meanOfCodes.first { $0.kind == .krippendorffAlpha }?.value.map { AgreementStatistic.decimal($0, digits: 3) }
        Console.out("  overall: alpha \(alpha) pooled over codes; \(meanAlpha ?? "not computable") as the mean of per-code values")
        Console.out("  (thematic agreement --coders 'auto:*',ben --sources P01,P02 --disagreements lists where they differ)")
    }
}
