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
    /// - Parameter path: a YAML codebook (`.yaml`, `.yml`) or a CSV one (`.csv`, see ``CSVCodebookReader``).
    /// - Returns: what changed; an import that changes nothing writes no event.
    public func importCodebook(from path: String) throws(ThematicError) -> CodebookMerge {
        let incoming: Codebook
        do {
            switch (path as NSString).pathExtension.lowercased() {
            case "yaml", "yml": incoming = try YAMLCodebookReader().read(contentsOf: path)
            case "csv": incoming = try CSVCodebookReader().read(contentsOf: path)
            default: throw ThematicError.invalidRequest("\(path): codebooks are read from YAML (.yaml, .yml) or CSV (.csv) in this version")
            }
        } catch let error as ExchangeError {
            throw .exchange(error)
        } catch {
            throw ThematicError.wrap(error)
        }
        return try change("codebook import") { session in
            let merge = CodebookMerge(current: try session.codebook(), incoming: incoming)
            let storedName = try session.setting("codebook_name") ?? ""
            guard !merge.isEmpty || (!incoming.name.isEmpty && incoming.name != storedName) else {
                return (merge, nil)
            }
            do {
                try merge.result.validate()
            } catch {
                throw ThematicError.invalidRequest("\(path): importing it would leave the codebook broken, so nothing was changed: \(error)")
            }
            try Project.store(merge, in: session)
            // A CSV codebook has no name: keep the stored one.
            if !incoming.name.isEmpty {
                try session.setCodebookTitle(name: incoming.name, description: incoming.description)
            }
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
