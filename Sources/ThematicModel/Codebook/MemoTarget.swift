/// What a memo is written about.
public enum MemoTarget: Hashable, Sendable, Codable, CustomStringConvertible {
    case project
    case source(id: String)
    case code(id: String)
    case coding(id: String)

    /// The kind as stored and typed: `project`, `source`, `code`, `coding`.
    public var kind: String {
        switch self {
        case .project: "project"
        case .source: "source"
        case .code: "code"
        case .coding: "coding"
        }
    }

    /// The id of what the memo is about; `nil` for the project.
    public var targetID: String? {
        switch self {
        case .project: nil
        case .source(let id), .code(let id), .coding(let id): id
        }
    }

    /// Rebuilds a target from its stored kind and id.
    public init?(kind: String, id: String?) {
        switch (kind, id) {
        case ("project", _): self = .project
        case ("source", let id?): self = .source(id: id)
        case ("code", let id?): self = .code(id: id)
        case ("coding", let id?): self = .coding(id: id)
        default: return nil
        }
    }

    public var description: String { targetID.map { "\(kind) \($0)" } ?? kind }
}
