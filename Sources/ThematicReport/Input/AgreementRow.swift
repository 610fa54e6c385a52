/// One line of the inter-coder agreement summary (filled from `Project.agreement`).
public struct AgreementRow: Hashable, Sendable, Codable {
    /// What was compared: a code, a theme, or `all codes`.
    public var scope: String
    /// The statistic (`Cohen's κ`, `Krippendorff's α`, `percent agreement`).
    public var measure: String
    public var value: Double
    /// The coders compared, the unit, a confidence interval … as one line.
    public var detail: String?

    public init(scope: String, measure: String, value: Double, detail: String? = nil) {
        self.scope = scope
        self.measure = measure
        self.value = value
        self.detail = detail
    }
}
