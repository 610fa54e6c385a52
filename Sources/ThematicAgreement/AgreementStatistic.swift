/// One agreement coefficient computed on one set of reliability data: a value, or the reason it is
/// not computable. Never 0, 1 or NaN in place of an undefined value.
public struct AgreementStatistic: Hashable, Sendable, Codable {
    /// Which coefficient this is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case percentAgreement = "percent_agreement"
        case cohenKappa = "cohen_kappa"
        case weightedKappa = "weighted_kappa"
        case scottPi = "scott_pi"
        case fleissKappa = "fleiss_kappa"
        case brennanPrediger = "brennan_prediger"
        case gwetAC1 = "gwet_ac1"
        case krippendorffAlpha = "krippendorff_alpha"

        /// The name a researcher reads in a table.
        public var displayName: String {
            switch self {
            case .percentAgreement: "Percent agreement"
            case .cohenKappa: "Cohen's kappa"
            case .weightedKappa: "Weighted kappa"
            case .scottPi: "Scott's pi"
            case .fleissKappa: "Fleiss' kappa"
            case .brennanPrediger: "Brennan-Prediger kappa"
            case .gwetAC1: "Gwet's AC1"
            case .krippendorffAlpha: "Krippendorff's alpha"
            }
        }
    }

    public var kind: Kind
    /// A qualifier: the metric of α (`nominal` …), the weights of κ (`linear`, `quadratic`).
    public var variant: String?
    /// The coefficient; `nil` exactly when ``notComputable`` holds the reason.
    public var value: Double?
    /// Why the coefficient is undefined on these data (e.g. "no variation: every value is 'A'").
    public var notComputable: String?
    /// Units the coefficient used (a unit of weight w counts w times).
    public var units: Double
    /// Values the coefficient used (pairable values for α: values in units coded by two or more).
    public var values: Double
    /// Coders whose values it used.
    public var coders: Int
    /// Observed agreement (percent agreement and the κ family).
    public var observedAgreement: Double?
    /// Agreement expected by chance (the κ family).
    public var chanceAgreement: Double?
    /// Observed disagreement D_o (α).
    public var observedDisagreement: Double?
    /// Disagreement expected by chance D_e (α).
    public var expectedDisagreement: Double?

    /// A computed coefficient.
    public static func computed(_ kind: Kind, variant: String? = nil, value: Double, units: Double, values: Double,
                                coders: Int) -> AgreementStatistic {
        AgreementStatistic(kind: kind, variant: variant, value: value, notComputable: nil, units: units, values: values, coders: coders)
    }

    /// A coefficient that the data do not define, with the reason.
    public static func undefined(_ kind: Kind, variant: String? = nil, reason: String, units: Double = 0, values: Double = 0,
                                 coders: Int = 0) -> AgreementStatistic {
        AgreementStatistic(kind: kind, variant: variant, value: nil, notComputable: reason, units: units, values: values, coders: coders)
    }

    /// Whether the coefficient has a value.
    public var isComputable: Bool { value != nil }

    /// The full name with its qualifier, e.g. "Krippendorff's alpha (nominal)".
    public var title: String {
        variant.map { "\(kind.displayName) (\($0))" } ?? kind.displayName
    }

    /// The value with `digits` decimals, or "not computable: reason".
    public func formatted(digits: Int = 3) -> String {
        guard let value else { return "not computable: \(notComputable ?? "undefined")" }
        return AgreementStatistic.decimal(value, digits: digits)
    }

    /// A number with a fixed count of decimals, without a negative zero.
    public static func decimal(_ value: Double, digits: Int) -> String {
        let scale = pow10(digits)
        let rounded = (value * scale).rounded() / scale
        let text = rounded == 0 ? "0" : String(rounded)
        guard digits > 0 else { return String(Int(rounded)) }
        var parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        if parts.count == 1 { parts.append("") }
        if parts[1].contains("e") { return String(rounded) }
        return parts[0] + "." + parts[1].padding(toLength: digits, withPad: "0", startingAt: 0)
    }

    private static func pow10(_ digits: Int) -> Double {
        (0..<digits).reduce(1.0) { value, _ in value * 10 }
    }
}
