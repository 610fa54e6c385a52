import Foundation
import GRDB
import ThematicModel

extension StoreSession {
    /// The codebook's auto-coding rules (kept as JSON in the project settings).
    public func codebookRules() throws -> [AutoCodingRule] {
        guard let json = try setting("codebook_rules") else { return [] }
        return try JSONDecoder().decode([AutoCodingRule].self, from: Data(json.utf8))
    }

    /// Replaces the codebook's auto-coding rules.
    public func setCodebookRules(_ rules: [AutoCodingRule]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try setSetting("codebook_rules", to: String(decoding: try encoder.encode(rules), as: UTF8.self))
    }
}
