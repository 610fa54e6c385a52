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
            let fileExtension = (path as NSString).pathExtension.lowercased()
            let thematicCSV = fileExtension == "csv" ? try Project.isThematicCSVCodebook(path) : false
            switch fileExtension {
            case "yaml", "yml": incoming = try YAMLCodebookReader().read(contentsOf: path)
            case "csv" where thematicCSV: incoming = try CSVCodebookReader().read(contentsOf: path)
            case "csv", "tsv", "txt": incoming = try CodeListReader().read(contentsOf: path).0
            default: throw ThematicError.invalidRequest("\(path): codebooks are read from YAML (.yaml, .yml), CSV (.csv) or code lists (.csv, .tsv, .txt); REFI-QDA codebooks (.qdc) with 'thematic import'")
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

extension Project {
    /// Whether a CSV file is in Thematic's codebook layout (a `code` or `id` column) rather than
    /// another tool's code list.
    static func isThematicCSVCodebook(_ path: String) throws(ExchangeError) -> Bool {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        let head = LegacyText.decode(data.prefix(4096)).prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let columns = head.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"\u{FEFF}")).lowercased() }
        return columns.contains("code") || (columns.contains("id") && !columns.contains("tag"))
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
