import Foundation
import ThematicModel
import ThematicStore

extension Project {
    /// Writes a memo on the project, a source, a code or a coding, as the project's actor.
    /// - Throws: ``ThematicError/notFound(kind:id:)`` when the target does not exist.
    public func addMemo(about target: MemoTarget, text: String) throws(ThematicError) -> Memo {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .invalidRequest("a memo needs some text")
        }
        return try change("memo add") { session in
            switch target {
            case .project: break
            case .source(let id):
                guard try session.sourceExists(id) else { throw ThematicError.notFound(kind: "source", id: id) }
            case .code(let id):
                guard try session.codebook().code(id: id) != nil else { throw ThematicError.notFound(kind: "code", id: id) }
            case .coding(let id):
                guard let uuid = UUID(uuidString: id), try session.codingExists(uuid) else {
                    throw ThematicError.notFound(kind: "coding", id: id)
                }
            }
            let memo = Memo(target: target, author: actor, text: text)
            try session.insertMemo(memo)
            return (memo, EventDraft(summary: "memo on \(target)", payload: ["memo": memo.id.uuidString, "target": target.description]))
        }
    }

    /// Memos, oldest first; only those about `target` when given.
    public func memos(about target: MemoTarget? = nil) throws(ThematicError) -> [Memo] {
        try read { try $0.memos(about: target) }
    }
}
