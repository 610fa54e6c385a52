import Foundation
import ThematicModel

/// Wording shared by the HTML and Markdown reports, so both say the same thing the same way.
enum ReportText {
    /// `1 segment`, `3 segments`.
    static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        "\(value) " + (value == 1 ? noun : (plural ?? noun + "s"))
    }

    /// `3 of 6`.
    static func fraction(_ part: Int, _ whole: Int) -> String { "\(part) of \(whole)" }

    /// A time as the report prints it: `2026-04-09 14:03 UTC`.
    static func date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { let v = value ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute)) UTC"
    }

    /// `00:22:47`, or `–` without a time.
    static func duration(_ time: Timecode?) -> String { time?.formatted(alwaysShowMilliseconds: false) ?? "–" }

    /// The phase line: `Phase 6 of 6: Producing the report`.
    static func phase(_ phase: Phase) -> String { "Phase \(phase.rawValue) of 6: \(phase.title)" }

    /// A number with thousands separated by a thin space's plain cousin, a comma (`12,840`).
    static func number(_ value: Int) -> String {
        let digits = String(abs(value))
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// An agreement value with three decimals, or `–` when it is not a number.
    static func statistic(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let thousandths = Int((value * 1000).rounded())
        let sign = thousandths < 0 ? "-" : ""
        let magnitude = abs(thousandths)
        return sign + "\(magnitude / 1000)." + String(String(magnitude % 1000 + 1000).dropFirst())
    }

    /// Who said a quote and where: `P01 (participant), P01 utterance 12`.
    static func speaker(_ quote: ReportQuote) -> String { "\(quote.speaker) (\(quote.role))" }

    /// The figures at the head of the report: label and value.
    static func summary(_ input: ReportInput) -> [(String, String)] {
        let durations = input.sources.compactMap(\.duration)
        let total = durations.isEmpty ? nil : Timecode(milliseconds: durations.map(\.milliseconds).reduce(0, +))
        let people = input.coders.filter { !$0.isAutomatic }
        let rules = input.coders.count - people.count
        var facts: [(String, String)] = [
            ("Sources", number(input.sources.count)),
            ("Recorded time", total.map { duration($0) + (durations.count < input.sources.count ? " (\(durations.count) of \(input.sources.count) sources timed)" : "") } ?? "–"),
            ("Words", number(input.sources.map(\.wordCount).reduce(0, +))),
            ("Themes", number(input.themes.count)),
            ("Codes used", number(input.codeFrequencies.filter { $0.codings > 0 }.count)),
            ("Codings", number(input.codeFrequencies.map(\.codings).reduce(0, +))),
            ("Coders", people.isEmpty ? (rules > 0 ? "none (auto-coding only)" : "none") : people.map(\.id).joined(separator: ", ")),
        ]
        if rules > 0 { facts.append(("Auto-coding rules", number(rules))) }
        if let approach = input.approach { facts.insert(("Approach", approach), at: 0) }
        return facts
    }

    /// The one-line prevalence of a theme.
    static func prevalence(_ prevalence: ThemePrevalence) -> String {
        "\(count(prevalence.segments, "segment")) in \(fraction(prevalence.sources, prevalence.totalSources)) sources, "
            + "from \(fraction(prevalence.participants, prevalence.totalParticipants)) participants"
    }
}
