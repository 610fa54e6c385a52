import CLibXML2
import Foundation

/// A small safe wrapper over libxml2's `xmlTextWriter` writing into memory.
///
/// Strings go in as Swift strings and the document comes out as `Data`; the C writer and buffer
/// are freed before ``document(_:)`` returns, whatever happens.
struct XMLTextWriter {
    private let writer: xmlTextWriterPtr
    private var failed = false

    private init(writer: xmlTextWriterPtr) { self.writer = writer }

    /// Writes a UTF-8, indented document with `body` and returns its bytes.
    /// - Throws: ``ExchangeError/invalid(message:at:)`` when libxml2 refuses a write.
    static func document(file: String, _ body: (inout XMLTextWriter) -> Void) throws(ExchangeError) -> Data {
        guard let buffer = xmlBufferCreate() else { throw .unreadable(path: file, reason: "libxml2 could not allocate a buffer") }
        defer { xmlBufferFree(buffer) }
        guard let pointer = xmlNewTextWriterMemory(buffer, 0) else {
            throw .unreadable(path: file, reason: "libxml2 could not start a writer")
        }
        var writer = XMLTextWriter(writer: pointer)
        xmlTextWriterSetIndent(pointer, 1)
        _ = "  ".withCString { xmlTextWriterSetIndentString(pointer, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
        writer.check(xmlTextWriterStartDocument(pointer, "1.0", "UTF-8", nil))
        body(&writer)
        writer.check(xmlTextWriterEndDocument(pointer))
        // Freeing the writer flushes it into the buffer.
        xmlFreeTextWriter(pointer)
        guard !writer.failed, let content = xmlBufferContent(buffer) else {
            throw .invalid(message: "libxml2 could not write the document", at: .init(file: file, line: 1))
        }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    /// Opens an element with attributes (those with `nil` values are left out).
    mutating func start(_ name: String, _ attributes: [(String, String?)] = []) {
        check(XMLTextWriter.with(name) { xmlTextWriterStartElement(writer, $0) })
        for case let (key, value?) in attributes {
            check(XMLTextWriter.with(key) { key in XMLTextWriter.with(value) { xmlTextWriterWriteAttribute(writer, key, $0) } })
        }
    }

    /// Closes the innermost open element (`<x/>` if it is empty).
    mutating func end() { check(xmlTextWriterEndElement(writer)) }

    /// Writes character data, escaped.
    mutating func text(_ text: String) {
        guard !text.isEmpty else { return }
        check(XMLTextWriter.with(text) { xmlTextWriterWriteString(writer, $0) })
    }

    /// An element holding only text.
    mutating func element(_ name: String, _ attributes: [(String, String?)] = [], text content: String) {
        start(name, attributes)
        text(content)
        // A full end tag keeps `<title></title>` distinguishable from a missing element.
        check(xmlTextWriterFullEndElement(writer))
    }

    private mutating func check(_ status: Int32) {
        if status < 0 { failed = true }
    }

    private static func with(_ string: String, _ body: (UnsafePointer<xmlChar>) -> Int32) -> Int32 {
        string.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }
}
