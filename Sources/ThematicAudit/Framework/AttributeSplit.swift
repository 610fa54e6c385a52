/// A node's prevalence split by a case attribute: per value for a text attribute (`interviewer`),
/// or, for a numeric one (`wai_score`), the attribute's mean and range over the cases where the
/// node occurs and over those where it does not.
public struct AttributeSplit: Hashable, Sendable, Codable {
    /// The cases that share one value of a text attribute.
    public struct Group: Hashable, Sendable, Codable {
        /// The value; `(none)` for cases without the attribute.
        public var value: String
        /// Cases with this value.
        public var cases: Int
        /// Of those, cases with at least one of the node's segments.
        public var casesWithNode: Int
        /// The node's segments in those cases' sources.
        public var segments: Int

        public init(value: String, cases: Int, casesWithNode: Int, segments: Int) {
            self.value = value
            self.cases = cases
            self.casesWithNode = casesWithNode
            self.segments = segments
        }

        enum CodingKeys: String, CodingKey {
            case value, cases, segments
            case casesWithNode = "cases_with_node"
        }
    }

    /// A numeric attribute over a set of cases.
    public struct Summary: Hashable, Sendable, Codable {
        public var cases: Int
        /// `nil` when there is no case.
        public var mean: Double?
        public var minimum: Double?
        public var maximum: Double?

        /// Summarises the values (NaN and infinities are left out).
        public init(_ values: [Double]) {
            let finite = values.filter(\.isFinite)
            cases = finite.count
            mean = finite.isEmpty ? nil : finite.reduce(0, +) / Double(finite.count)
            minimum = finite.min()
            maximum = finite.max()
        }

        enum CodingKeys: String, CodingKey {
            case cases, mean
            case minimum = "min"
            case maximum = "max"
        }
    }

    public var attribute: String
    /// Whether the attribute is numeric (then ``present`` and ``absent`` are set, else ``groups``).
    public var isNumeric: Bool
    public var groups: [Group]
    /// Cases where the node occurs.
    public var present: Summary?
    /// Cases where it does not.
    public var absent: Summary?

    public init(attribute: String, isNumeric: Bool, groups: [Group] = [], present: Summary? = nil, absent: Summary? = nil) {
        self.attribute = attribute
        self.isNumeric = isNumeric
        self.groups = groups
        self.present = present
        self.absent = absent
    }

    enum CodingKeys: String, CodingKey {
        case attribute, groups, present, absent
        case isNumeric = "numeric"
    }
}
