import Foundation
import ThematicModel

/// What a filled-in coding sheet changes: the whole-utterance codings of one coder on one source.
///
/// A sheet has one row per utterance with the codes the coder gives it. Only codings that cover
/// exactly one utterance's content belong to the sheet; the coder's other codings (a phrase, a
/// range of utterances) are left alone. Applying the same sheet twice changes nothing the second time.
public struct SheetDiff: Hashable, Sendable {
    /// One row as read from the sheet.
    public struct Row: Hashable, Sendable {
        /// 1-based utterance number.
        public var utterance: Int
        public var codes: [String]
        /// The memo column; `nil` when the sheet has none.
        public var memo: String?

        public init(utterance: Int, codes: [String], memo: String? = nil) {
            self.utterance = utterance
            self.codes = codes
            self.memo = memo
        }
    }

    /// A coding to add, on a 1-based utterance.
    public struct Addition: Hashable, Sendable {
        public var utterance: Int
        public var codeID: String
        public var memo: String?
    }

    /// A memo change on a kept coding.
    public struct MemoChange: Hashable, Sendable {
        public var codingID: UUID
        public var memo: String?
    }

    public var added: [Addition] = []
    /// The codings to remove.
    public var removed: [Coding] = []
    public var memoChanges: [MemoChange] = []

    /// Whether applying the sheet changes nothing.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && memoChanges.isEmpty }

    /// The whole-utterance codings of a coder, by 0-based utterance index.
    public static func sheetCodings(_ transcript: Transcript, codings: [Coding], coderID: String) -> [Int: [Coding]] {
        let byStart = Dictionary(grouping: transcript.utterances.indices, by: { transcript.utterances[$0].span })
        var result: [Int: [Coding]] = [:]
        for coding in codings where coding.coderID == coderID && coding.sourceID == transcript.id {
            if let index = byStart[coding.span]?.first { result[index, default: []].append(coding) }
        }
        return result
    }

    /// Compares a sheet with the stored codings.
    /// - Parameters:
    ///   - rows: the sheet's rows (utterances the sheet lacks are left as they are).
    ///   - transcript: the source's current revision.
    ///   - codings: the codings on that revision.
    ///   - coderID: whose codings the sheet holds.
    public init(rows: [Row], transcript: Transcript, codings: [Coding], coderID: String) {
        let current = SheetDiff.sheetCodings(transcript, codings: codings, coderID: coderID)
        for row in rows {
            let stored = current[row.utterance - 1] ?? []
            let wanted = row.codes.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let storedCodes = Set(stored.map(\.codeID))
            let memo = row.memo.flatMap { $0.isEmpty ? nil : $0 }
            for code in wanted where !storedCodes.contains(code) {
                added.append(Addition(utterance: row.utterance, codeID: code, memo: memo))
            }
            for coding in stored {
                if !wanted.contains(coding.codeID) {
                    removed.append(coding)
                } else if row.memo != nil, coding.memo.flatMap({ $0.isEmpty ? nil : $0 }) != memo {
                    memoChanges.append(MemoChange(codingID: coding.id, memo: memo))
                }
            }
        }
    }
}
