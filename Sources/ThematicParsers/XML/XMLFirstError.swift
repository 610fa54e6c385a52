import CLibXML2
import Foundation
import ThematicModel

/// Keeps the first error libxml2 reports while a document is read, with its line and column.
///
/// libxml2 calls back through a C function pointer; this box is what the callback's `userData`
/// points at. Later errors are usually consequences of the first, so only the first is kept.
final class XMLFirstError {
    private(set) var message: String?
    private(set) var line = 0
    private(set) var column = 0
    /// libxml2's error code (`xmlParserErrors`).
    private(set) var code = 0

    /// Whether the input ended before the document did: libxml2's push parser reports a truncated
    /// file as `XML_ERR_DOCUMENT_END` ("Extra content at the end of the document"), which misleads.
    var isPrematureEnd: Bool { code == Int(XML_ERR_DOCUMENT_END.rawValue) }

    /// Records an error reported by libxml2, unless one was recorded already. Warnings are ignored.
    func record(_ error: UnsafePointer<xmlError>) {
        guard message == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let text = error.pointee.message.map { String(cString: $0) } ?? "unknown XML error"
        message = text.trimmingCharacters(in: .whitespacesAndNewlines)
        line = Int(error.pointee.line)
        column = Int(error.pointee.int2)
        code = Int(error.pointee.code)
    }

    /// The recorded error as a ``ParseError``, or a generic one when libxml2 gave no details.
    /// - Parameter openElement: the innermost element still open, to name in a premature end.
    func parseError(file: String, fallback: String, openElement: (name: String, line: Int)? = nil) -> ParseError {
        let where_ = SourceLocation(file: file, line: max(line, 1), column: max(column, 1))
        if isPrematureEnd, let open = openElement {
            return .malformed(message: "not well-formed XML: premature end of data in tag \(open.name) line \(open.line) "
                              + "(the file ends before <\(open.name)> is closed; is it truncated?)", at: where_)
        }
        return .malformed(message: "not well-formed XML: \(message ?? fallback)", at: where_)
    }
}
