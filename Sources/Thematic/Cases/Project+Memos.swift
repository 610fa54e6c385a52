import Foundation
import ThematicCoding
import ThematicModel
import ThematicStore

extension Project {
    /// Writes a memo on the project, a source, a code or a coding.
    /// - Parameter author: who wrote it (default: the project's actor, who is recorded in the event).
    /// - Throws: ``ThematicError/notFound(kind:id:)`` when the target does not exist.
    public func addMemo(about target: MemoTarget, text: String, author: String? = nil) throws(ThematicError) -> Memo {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .invalidRequest("a memo needs some text")
        }
        var target = target
        return try change("memo add") { session in
            switch target {
            case .project: break
            case .source(let id):
                guard try session.sourceExists(id) else { throw ThematicError.notFound(kind: "source", id: id) }
            case .code(let name):
                // A code is named as everywhere else: its full id or an unambiguous end of it.
                target = .code(id: try CodeQuery.resolve(name, in: try session.codebook()))
            case .coding(let id):
                guard let uuid = UUID(uuidString: id), try session.codingExists(uuid) else {
                    throw ThematicError.notFound(kind: "coding", id: id)
                }
            }
            let memo = Memo(target: target, author: author ?? actor, text: text)
            try session.insertMemo(memo)
            return (memo, EventDraft(summary: "memo on \(target)", payload: ["memo": memo.id.uuidString, "target": target.description, "author": memo.author]))
        }
    }

    /// Memos, oldest first; only those about `target` when given.
    public func memos(about target: MemoTarget? = nil) throws(ThematicError) -> [Memo] {
        try read { try $0.memos(about: target) }
    }

    /// For memos about codings, where each coding is: `P01:10 alliance/bond/trust` (utterance
    /// numbers of its revision, `P01:10-12` across several), keyed by the memo target's description.
    public func codingContexts(for memos: [Memo]) throws(ThematicError) -> [String: String] {
        try read { session in
            var contexts: [String: String] = [:]
            var transcripts: [String: Transcript] = [:]
            for memo in memos {
                guard case .coding(let id) = memo.target, contexts[memo.target.description] == nil,
                      let uuid = UUID(uuidString: id), let coding = try session.coding(id: uuid) else { continue }
                let key = "\(coding.sourceID)#\(coding.revision)"
                if transcripts[key] == nil { transcripts[key] = try session.transcript(id: coding.sourceID, revision: coding.revision) }
                let numbers = transcripts[key]?.utterances.indices.filter {
                    let span = transcripts[key]!.utterances[$0].span
                    return span.start < coding.span.end && coding.span.start < span.end
                } ?? []
                let place = switch (numbers.first, numbers.last) {
                case let (first?, last?) where first == last: "\(coding.sourceID):\(first + 1)"
                case let (first?, last?): "\(coding.sourceID):\(first + 1)-\(last + 1)"
                default: "\(coding.sourceID)@\(coding.span.start)-\(coding.span.end)"
                }
                contexts[memo.target.description] = "\(place) \(coding.codeID)"
            }
            return contexts
        }
    }
}
