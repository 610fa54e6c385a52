import Foundation

/// One coder's decision that a stretch of a transcript shows a code.
public struct Coding: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    public var sourceID: String
    /// The source revision whose canonical text ``span`` indexes.
    public var revision: Int
    public var span: TextSpan
    public var codeID: String
    public var coderID: String
    public var memo: String?
    public var createdAt: Date

    public init(id: UUID = UUID(), sourceID: String, revision: Int, span: TextSpan, codeID: String,
                coderID: String, memo: String? = nil, createdAt: Date = Date()) {
        self.id = id
        self.sourceID = sourceID
        self.revision = revision
        self.span = span
        self.codeID = codeID
        self.coderID = coderID
        self.memo = memo
        self.createdAt = createdAt
    }
}
