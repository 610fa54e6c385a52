/// A value a coder gave a unit: a number, or a label when the data hold any non-number.
public enum AgreementCategory: Hashable, Sendable, Comparable, CustomStringConvertible {
    case number(Double)
    case label(String)

    public var description: String {
        switch self {
        case .number(let value):
            value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .label(let label): label
        }
    }

    /// The numeric value, when there is one.
    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    public static func < (lhs: AgreementCategory, rhs: AgreementCategory) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): a < b
        case (.label(let a), .label(let b)): a < b
        case (.number, .label): true
        case (.label, .number): false
        }
    }
}

extension AgreementCategory: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .label(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .label(let label): try container.encode(label)
        }
    }
}
