import ThematicModel

/// What removing a batch of codings (`uncode --all`) did.
public struct RemovedCodings: Sendable, Hashable, Codable {
    public var coderID: String
    /// How many codings went.
    public var count: Int
    /// The memos that went with them.
    public var memos: [Memo] = []
}
