import Foundation
import ThematicModel

/// A memo on a coding, shown with the segment the coding touches: the coding's own memo
/// (`code --memo`, a sheet's memo column) or a memo written about it (`memo add --coding`).
public struct CodingNote: Hashable, Sendable, Codable {
    /// The coding's code.
    public var codeID: String
    /// Who wrote the memo.
    public var author: String
    public var text: String

    public init(codeID: String, author: String, text: String) {
        self.codeID = codeID
        self.author = author
        self.text = text
    }

    /// The notes of the codings overlapping `span`, in the order of `codings`.
    /// - Parameters:
    ///   - memos: the memos on those codings, by coding id.
    public static func notes(overlapping span: TextSpan, codings: [Coding], memos: [UUID: [Memo]]) -> [CodingNote] {
        codings.filter { $0.span.start < span.end && span.start < $0.span.end }.flatMap { coding in
            (memos[coding.id] ?? []).map { CodingNote(codeID: coding.codeID, author: $0.author, text: $0.text) }
        }
    }
}
