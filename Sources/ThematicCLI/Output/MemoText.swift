import Foundation
import Thematic

/// How memos are printed for people.
enum MemoText {
    /// One line: when, who, about what, and the text (line breaks shown as ⏎).
    static func line(_ memo: Memo, context: String? = nil) -> String {
        let about = context.map { "\(memo.target) (\($0))" } ?? "\(memo.target)"
        return "\(memo.createdAt.formatted(.iso8601)) \(memo.author) on \(about): \(memo.text.replacingOccurrences(of: "\n", with: " ⏎ "))"
    }

    /// Says which memos went with removed codings, so none goes unnoticed.
    static func printRemoved(_ memos: [Memo]) {
        guard !memos.isEmpty else { return }
        Console.out("  with \(memos.count) memo\(memos.count == 1 ? "" : "s") (kept in the audit trail: thematic log --format json):")
        memos.forEach { Console.out("    \(line($0))") }
    }
}
