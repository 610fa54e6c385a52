import Foundation
import ThematicCoding
import ThematicExchange
import ThematicModel
import ThematicStore

extension Project {
    /// The project's codebook.
    public func codebook() throws(ThematicError) -> Codebook {
        try read { try $0.codebook() }
    }

    /// Codings per code id (each code's own codings, not its descendants').
    public func codingCounts() throws(ThematicError) -> [String: Int] {
        try read { try $0.codingCountsByCode() }
    }

    /// Reads a codebook file and merges it into the project's codebook in place (see ``CodebookMerge``).
    /// - Parameter path: a YAML codebook (`.yaml`, `.yml`).
    /// - Returns: what changed; an import that changes nothing writes no event.
    public func importCodebook(from path: String) throws(ThematicError) -> CodebookMerge {
        let incoming: Codebook
        switch (path as NSString).pathExtension.lowercased() {
        case "yaml", "yml":
            do {
                incoming = try YAMLCodebookReader().read(contentsOf: path)
            } catch {
                throw .exchange(error)
            }
        default:
            throw .invalidRequest("\(path): codebooks are read from YAML (.yaml, .yml) in this version")
        }
        return try change("codebook import") { session in
            let merge = CodebookMerge(current: try session.codebook(), incoming: incoming)
            let storedName = try session.setting("codebook_name") ?? ""
            guard !merge.isEmpty || incoming.name != storedName else {
                return (merge, nil)
            }
            // Park every moved code under a temporary id first, so that two codes swapping ids never collide.
            for case .update(let fromID, let code, let position) in merge.steps where fromID != code.id {
                var parked = code
                parked.id = "~\(code.guid.uuidString)"
                try session.updateCode(id: fromID, to: parked, position: position)
            }
            for step in merge.steps {
                switch step {
                case .insert(let code, let position):
                    try session.insertCode(code, position: position)
                case .update(let fromID, let code, let position):
                    try session.updateCode(id: fromID == code.id ? fromID : "~\(code.guid.uuidString)", to: code, position: position)
                }
            }
            for (position, theme) in merge.themes.enumerated() {
                try session.saveTheme(theme, position: position)
            }
            try session.setCodebookTitle(name: incoming.name, description: incoming.description)
            let summary = "imported codebook \((path as NSString).lastPathComponent): \(merge.added.count) added, "
                + "\(merge.changed.count) changed, \(merge.renamed.count) renamed or moved, \(merge.unchanged) unchanged"
            let payload = CodebookImportPayload(file: path, added: merge.added, changed: merge.changed,
                                                renamed: merge.renamed, keptNotInFile: merge.notInFile,
                                                themes: merge.themes.map(\.id))
            return (merge, EventDraft(summary: summary, payload: payload))
        }
    }
}

private struct CodebookImportPayload: Encodable {
    var file: String
    var added: [String]
    var changed: [String]
    var renamed: [CodebookMerge.Rename]
    var keptNotInFile: [String]
    var themes: [String]
}
