/// The six phases of reflexive thematic analysis (Braun & Clarke, 2006).
public enum Phase: Int, Hashable, Sendable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    case familiarising = 1
    case generatingInitialCodes = 2
    case searchingForThemes = 3
    case reviewingThemes = 4
    case definingAndNamingThemes = 5
    case producingReport = 6

    /// The phase as Braun & Clarke name it.
    public var title: String {
        switch self {
        case .familiarising: "Familiarising yourself with the data"
        case .generatingInitialCodes: "Generating initial codes"
        case .searchingForThemes: "Searching for themes"
        case .reviewingThemes: "Reviewing themes"
        case .definingAndNamingThemes: "Defining and naming themes"
        case .producingReport: "Producing the report"
        }
    }

    /// The short name typed on the command line.
    public var name: String {
        switch self {
        case .familiarising: "familiarising"
        case .generatingInitialCodes: "initial-codes"
        case .searchingForThemes: "searching-themes"
        case .reviewingThemes: "reviewing-themes"
        case .definingAndNamingThemes: "defining-themes"
        case .producingReport: "reporting"
        }
    }

    /// The phase with this short name or number (`initial-codes`, `2`).
    public init?(name: String) {
        if let number = Int(name), let phase = Phase(rawValue: number) {
            self = phase
        } else if let phase = Phase.allCases.first(where: { $0.name == name.lowercased() }) {
            self = phase
        } else {
            return nil
        }
    }

    public var description: String { "\(rawValue) \(name)" }

    public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.rawValue < rhs.rawValue }
}
