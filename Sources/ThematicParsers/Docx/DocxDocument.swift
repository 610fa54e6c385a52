import Foundation
import ThematicModel

/// The body of a Word document (`word/document.xml`) as paragraphs and tables of plain text.
///
/// Read with the module's safe XML reader: `<w:t>` runs are joined, `<w:tab/>` becomes a tab and
/// `<w:br/>`/`<w:cr/>` a space; deleted text (`<w:del>`) and field codes are left out.
struct DocxDocument {
    /// A block of the body, in order.
    enum Block {
        case paragraph(String, SourceLocation)
        /// Rows of cells, each cell's paragraphs joined with a space.
        case table([[String]], [SourceLocation])
    }

    var blocks: [Block] = []

    /// Reads `word/document.xml`.
    /// - Throws: ``ParseError`` for malformed XML, with the place in `document.xml`.
    init(xml: ParserInput) throws(ParseError) {
        var paragraph: String?
        var paragraphLocation = SourceLocation(file: xml.file, line: 1)
        var tableDepth = 0
        var rows: [[String]] = []
        var rowLocations: [SourceLocation] = []
        var cell: String?
        var inText = false
        var skipDepth = 0
        var blocks: [Block] = []
        try XMLStreamReader.read(xml) { event throws(ParseError) in
            switch event {
            case .start(let tag):
                if skipDepth > 0 { skipDepth += 1; return }
                switch tag.name {
                case "del", "instrText", "delText": skipDepth = 1
                case "tbl":
                    tableDepth += 1
                    if tableDepth == 1 { rows = []; rowLocations = [] }
                case "tr" where tableDepth == 1:
                    rows.append([])
                    rowLocations.append(tag.location)
                case "tc" where tableDepth == 1: cell = ""
                case "p":
                    paragraph = ""
                    paragraphLocation = tag.location
                case "t": inText = true
                case "tab": paragraph? += "\t"
                case "br", "cr": paragraph? += " "
                default: break
                }
            case .text(let text):
                if inText, skipDepth == 0 { paragraph? += text }
            case .end(let name):
                if skipDepth > 0 { skipDepth -= 1; return }
                switch name {
                case "t": inText = false
                case "p":
                    guard let text = paragraph else { return }
                    paragraph = nil
                    if tableDepth > 0 {
                        if let current = cell { cell = current.isEmpty ? text : current + " " + text }
                    } else {
                        blocks.append(.paragraph(text, paragraphLocation))
                    }
                case "tc" where tableDepth == 1:
                    if let current = cell, !rows.isEmpty { rows[rows.count - 1].append(current) }
                    cell = nil
                case "tbl":
                    tableDepth -= 1
                    if tableDepth == 0 { blocks.append(.table(rows, rowLocations)) }
                default: break
                }
            }
        }
        self.blocks = blocks
    }
}
