/// A coder as named for an agreement comparison: one coder id, or a prefix ending in `*` that
/// pools several (`auto:*` — every auto-coding rule — as one coder).
public struct CoderSelection: Hashable, Sendable, Codable, CustomStringConvertible {
    /// As written, e.g. `anna` or `auto:*`.
    public var name: String

    public init(_ name: String) {
        self.name = name
    }

    /// Whether a coding's coder id belongs to this selection.
    public func matches(_ coderID: String) -> Bool {
        if name.hasSuffix("*") { return coderID.hasPrefix(name.dropLast()) }
        return coderID == name
    }

    public var description: String { name }
}
