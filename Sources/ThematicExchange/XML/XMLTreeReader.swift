import CLibXML2
import Foundation
import ThematicModel

/// Reads a small, untrusted XML document (a REFI-QDA `.qde` or `.qdc`) into ``XMLTreeNode`` values.
///
/// Safe by construction: a document with a DOCTYPE is refused before libxml2 sees it (REFI-QDA
/// documents never have one, and a DTD is where entity bombs and external entities live);
/// libxml2 runs with `XML_PARSE_NONET`, never `NOENT`, `DTDLOAD` or `HUGE`, so its depth and
/// text-size limits hold; the first error is reported at its `file:line:column`. The C document
/// is freed before the call returns.
public enum XMLTreeReader {
    /// The largest document read (bytes).
    public static let maximumSize = 512 * 1024 * 1024

    /// Parses a document.
    /// - Parameters:
    ///   - data: the bytes.
    ///   - file: the name diagnostics show.
    /// - Returns: the root element.
    /// - Throws: ``ExchangeError/malformed(message:at:)`` for a document that is not well-formed
    ///   (a truncated file), ``ExchangeError/invalid(message:at:)`` for a DOCTYPE or an oversized file.
    public static func parse(_ data: Data, file: String) throws(ExchangeError) -> XMLTreeNode {
        guard data.count <= maximumSize else {
            throw .invalid(message: "the document is larger than \(maximumSize / 1024 / 1024) MB", at: SourceLocation(file: file, line: 1))
        }
        if let doctype = doctypeLocation(in: data) {
            throw .invalid(message: "the document declares a DTD (<!DOCTYPE>); REFI-QDA documents never do, and it is not read",
                           at: SourceLocation(file: file, line: doctype.line, column: doctype.column))
        }
        let collector = XMLErrorList()
        let box = Unmanaged.passUnretained(collector).toOpaque()
        xmlSetStructuredErrorFunc(box, XMLErrorList.callback)
        defer {
            xmlSetStructuredErrorFunc(nil, nil)
            withExtendedLifetime(collector) {}
        }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue)
        let document: xmlDocPtr? = data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return xmlReadMemory(base, Int32(buffer.count), file, nil, options)
        }
        guard let document else {
            if data.isEmpty { throw .malformed(message: "the file is empty", at: SourceLocation(file: file, line: 1)) }
            throw collector.first(file: file, as: { .malformed(message: "not well-formed XML: \($0)", at: $1) })
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw .malformed(message: "the document has no root element", at: SourceLocation(file: file, line: 1))
        }
        return node(root)
    }

    private static func node(_ element: xmlNodePtr) -> XMLTreeNode {
        var result = XMLTreeNode(name: String(cString: element.pointee.name),
                                 namespace: element.pointee.ns?.pointee.href.map { String(cString: $0) },
                                 line: Int(xmlGetLineNo(element)))
        var attribute = element.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            // The value is the attribute's text children (character references already resolved).
            var value = ""
            var part = current.pointee.children
            while let text = part {
                if let content = text.pointee.content { value += String(cString: content) }
                part = text.pointee.next
            }
            result.attributes[name] = value
            attribute = current.pointee.next
        }
        var child = element.pointee.children
        var text = ""
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                result.children.append(node(current))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { text += String(cString: content) }
            default:
                break
            }
            child = current.pointee.next
        }
        result.text = text
        return result
    }

    /// Where a `<!DOCTYPE` stands in the prolog (before the root element), if it does.
    static func doctypeLocation(in data: Data) -> (line: Int, column: Int)? {
        let bytes = [UInt8](data.prefix(1 << 20))
        var index = 0
        func starts(_ literal: String) -> Bool {
            let pattern = Array(literal.utf8)
            return index + pattern.count <= bytes.count && Array(bytes[index..<(index + pattern.count)]) == pattern
        }
        func skip(past literal: String) {
            let pattern = Array(literal.utf8)
            while index < bytes.count, !starts(literal) { index += 1 }
            index = min(bytes.count, index + pattern.count)
        }
        while index < bytes.count {
            if starts("<!--") { skip(past: "-->"); continue }
            if starts("<?") { skip(past: "?>"); continue }
            if starts("<!DOCTYPE") || starts("<!doctype") {
                let before = bytes[..<index]
                let line = before.filter { $0 == 0x0A }.count + 1
                let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).unicodeScalars.count + 1
                return (line, column)
            }
            if bytes[index] == UInt8(ascii: "<") { return nil }
            index += 1
        }
        return nil
    }
}
