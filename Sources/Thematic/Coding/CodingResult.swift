import Foundation
import ThematicModel

/// What `code` or `uncode` did.
public struct CodingResult: Sendable, Hashable, Codable {
    public var sourceID: String
    public var revision: Int
    public var span: TextSpan
    public var codeIDs: [String]
    public var coderID: String
    /// Codings stored (or removed); codings already there (or not there) are not counted.
    public var changed: Int
    /// The coded text.
    public var text: String
    /// The ids of the codings meant (stored, already there, or removed): what `memo add --coding` takes.
    public var codingIDs: [UUID] = []
    /// Memos that went with removed codings (their own memo and memos written about them).
    public var removedMemos: [Memo] = []
}

