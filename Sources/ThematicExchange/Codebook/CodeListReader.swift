import Foundation
import ThematicModel

/// Reads the code lists other tools and researchers write, into a codebook:
///
/// - **Taguette** codebook exports (`tag,description,number of highlights`) and highlight exports
///   (`id,document,tag,content`: the distinct tags);
/// - **QualCoder**'s plain code list (`category>>sub>>code`, optionally a TAB and a memo);
/// - **hierarchical paths** `parent->child->grandchild` with an optional count column (repeated
///   paths are one code);
/// - a **wide spreadsheet** codebook: each column header a variable, the values below it its codes;
///   a column headed `Sub-Categories` (or with no header) holds sub-codes of the value to its left.
///
/// Text that is not UTF-8 is read as Mac Roman or Windows-1252, whichever reads as text
/// (``LegacyText``). Codes get slug ids from their names; names are kept as written.
public struct CodeListReader: Sendable {
    /// The layouts recognised.
    public enum Layout: String, Sendable {
        case taguetteCodebook, taguetteHighlights, qualCoderList, paths, wide
    }

    public init() {}

    /// Reads a code list file.
    /// - Returns: the codebook and the layout it was read as.
    public func read(contentsOf path: String) throws(ExchangeError) -> (Codebook, Layout) {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        let text = LegacyText.decode(data)
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .invalid(message: "the file holds no codes", at: SourceLocation(file: path, line: 1))
        }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
        var tree = CodeTree()
        let layout: Layout
        if firstLine.contains(">>") || (path.lowercased().hasSuffix(".txt") && !firstLine.contains(",")) {
            layout = .qualCoderList
            for line in text.components(separatedBy: .newlines) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
                tree.add(parts[0].components(separatedBy: ">>"), memo: parts.count > 1 ? String(parts[1]) : "")
            }
        } else {
            let table = try CSVReader().read(text, file: path)
            let header = table.header.map { $0.value.trimmingCharacters(in: .whitespaces).lowercased() }
            if header.first == "tag", header.contains("description") {
                layout = .taguetteCodebook
                let description = header.firstIndex(of: "description")
                for row in table.rows {
                    tree.add([table.value(row, 0)], definition: table.value(row, description))
                }
            } else if header.contains("tag"), header.contains("content") {
                layout = .taguetteHighlights
                let tag = header.firstIndex(of: "tag")
                for row in table.rows { tree.add([table.value(row, tag)]) }
            } else if text.contains("->") {
                layout = .paths
                // No header: the first line is a code too.
                tree.add(table.header.first?.value.components(separatedBy: "->") ?? [])
                for row in table.rows { tree.add(table.value(row, 0).components(separatedBy: "->")) }
            } else {
                layout = .wide
                readWide(table, into: &tree)
            }
        }
        var codebook = Codebook(codes: tree.codes)
        guard !codebook.codes.isEmpty else {
            throw .invalid(message: "no codes found", at: SourceLocation(file: path, line: 1))
        }
        do { try codebook.validate() } catch {
            throw .invalid(message: error.description, at: SourceLocation(file: path, line: 1))
        }
        codebook.name = ""
        return (codebook, layout)
    }

    private func readWide(_ table: CSVTable, into tree: inout CodeTree) {
        let header = table.header.map { $0.value.trimmingCharacters(in: .whitespaces) }
        let isSubColumn = header.map { $0.isEmpty || $0.lowercased().replacingOccurrences(of: "-", with: "").hasPrefix("subcategor") }
        for (column, name) in header.enumerated() where !name.isEmpty && !isSubColumn[column] {
            tree.add([name], codable: false)
        }
        for row in table.rows {
            var primary: (column: Int, path: [String])?
            for column in header.indices {
                let value = table.value(row, column).trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty else { continue }
                if isSubColumn[column], let primary {
                    tree.add(primary.path + [value])
                } else if !isSubColumn[column] {
                    let path = [header[column], value]
                    tree.add(path)
                    primary = (column, path)
                }
            }
        }
    }
}

/// Builds a code tree from paths of names: the same name under the same parent is one code.
struct CodeTree {
    private(set) var codes: [Code] = []
    private var idByKey: [String: String] = [:]
    private var slugsByParent: [String: Set<String>] = [:]

    mutating func add(_ path: [String], definition: String = "", memo: String = "", codable: Bool = true) {
        var parent: String?
        let names = path.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for (depth, name) in names.enumerated() {
            let key = (parent ?? "") + "\u{0}" + name.lowercased()
            if let id = idByKey[key] {
                parent = id
                if depth == names.count - 1, let index = codes.firstIndex(where: { $0.id == id }) {
                    if codes[index].definition.isEmpty { codes[index].definition = definition }
                    if codes[index].memo.isEmpty { codes[index].memo = memo }
                }
                continue
            }
            var taken = slugsByParent[parent ?? "", default: []]
            var slug = REFINames.slug(name)
            slug = REFINames.unique(slug, in: &taken)
            slugsByParent[parent ?? ""] = taken
            let id = parent.map { "\($0)/\(slug)" } ?? slug
            let last = depth == names.count - 1
            codes.append(Code(id: id, name: name, definition: last ? definition : "", memo: last ? memo : "",
                              isCodable: last ? codable : true))
            idByKey[key] = id
            parent = id
        }
    }
}
