import ThematicModel

/// Why a codebook or project file could not be imported or exported.
public enum ExchangeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The file is not well-formed in its syntax (YAML, CSV, XML).
    case malformed(message: String, at: SourceLocation)
    /// The file is well-formed but says something Thematic cannot accept, at a place in it.
    case invalid(message: String, at: SourceLocation)

    /// Where in the file the problem is, when it is at a place.
    public var location: SourceLocation? {
        switch self {
        case .unreadable: nil
        case .malformed(_, let location), .invalid(_, let location): location
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): error: cannot be read: \(reason)"
        case .malformed(let message, let location), .invalid(let message, let location):
            "\(location): error: \(message)"
        }
    }
}
