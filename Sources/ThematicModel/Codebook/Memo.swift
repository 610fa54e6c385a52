import Foundation

/// A researcher's note on the project, a source, a code or a coding.
public struct Memo: Hashable, Sendable, Codable, Identifiable {
    public var id: UUID
    public var target: MemoTarget
    public var author: String
    public var text: String
    public var createdAt: Date

    public init(id: UUID = UUID(), target: MemoTarget, author: String, text: String, createdAt: Date = Date()) {
        self.id = id
        self.target = target
        self.author = author
        self.text = text
        self.createdAt = createdAt
    }
}
