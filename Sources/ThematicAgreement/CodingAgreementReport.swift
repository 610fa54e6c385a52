import ThematicModel

/// Agreement between coders on a project's codings: per code, per source, per code × source and
/// overall. Every table cell treats each (unit, code) as one yes/no decision per coder.
public struct CodingAgreementReport: Hashable, Sendable, Codable {
    /// The coders compared (as named; `auto:*` pools every auto-coding rule).
    public var coders: [String]
    public var unit: AgreementUnit
    /// The sources compared, with their number of units.
    public var sources: [SourceUnits]
    /// The codes compared.
    public var codes: [String]
    /// Whether a code's codings include those of the codes below it.
    public var includesSubcodes: Bool
    /// Speaker roles whose speech was left out of the units.
    public var excludedRoles: [String]
    /// Per code, pooled over the sources.
    public var perCode: [AgreementCell]
    /// Per source, pooled over the codes.
    public var perSource: [AgreementCell]
    /// Per code and source (NVivo's table).
    public var perCodeAndSource: [AgreementCell]
    /// Overall, in the two usual aggregations.
    public var overall: Overall
    /// Where the coders differ (when asked for).
    public var disagreements: [Disagreement]?
    /// Facts the reader must know, e.g. a coder who coded nothing in a source.
    public var notes: [String]

    /// A source and how many units it gave.
    public struct SourceUnits: Hashable, Sendable, Codable {
        public var id: String
        public var units: Int

        public init(id: String, units: Int) {
            self.id = id
            self.units = units
        }
    }

    /// The overall values.
    public struct Overall: Hashable, Sendable, Codable {
        /// Every (unit, code) decision of every source pooled into one data set.
        public var pooled: AgreementCell
        /// The unweighted mean over codes of each per-code coefficient (codes where it is undefined
        /// are left out and counted).
        public var meanOfCodes: [MeanStatistic]
    }

    /// A coefficient averaged over codes.
    public struct MeanStatistic: Hashable, Sendable, Codable {
        public var kind: AgreementStatistic.Kind
        public var variant: String?
        /// `nil` when no code has a value.
        public var value: Double?
        /// Codes averaged.
        public var codes: Int
        /// Codes left out because the coefficient is undefined for them.
        public var notComputable: Int
    }
}

/// One cell of an agreement table: the data set of a code, a source, both, or everything.
public struct AgreementCell: Hashable, Sendable, Codable {
    /// The code, or `nil` when pooled over codes.
    public var code: String?
    /// The source, or `nil` when pooled over sources.
    public var source: String?
    /// How the cell aggregates: `code × source`, `pooled over sources`, `pooled over codes`, `pooled over codes and sources`.
    public var aggregation: String
    /// Units × codes in the cell (characters for the character unit).
    public var decisions: Double
    /// Per coder, how many of those each coded (coded = yes).
    public var coded: [String: Double]
    /// How many every coder coded.
    public var codedByAll: Double
    /// The coefficients (nominal α, percent agreement, Cohen's κ, Scott's π, Fleiss' κ,
    /// Brennan–Prediger and AC1 with two categories: coded or not).
    public var statistics: [AgreementStatistic]

    public func statistic(_ kind: AgreementStatistic.Kind) -> AgreementStatistic? {
        statistics.first { $0.kind == kind }
    }
}

/// A segment where the coders differ about a code: what a consensus meeting works through.
public struct Disagreement: Hashable, Sendable, Codable {
    public var source: String
    public var code: String
    /// The 1-based utterance the segment lies in.
    public var utterance: Int
    public var span: TextSpan
    public var text: String
    /// Coders who coded the segment with the code.
    public var codedBy: [String]
    /// Coders who did not.
    public var notCodedBy: [String]
}
