import CLibXML2
import Foundation
import ThematicModel

/// Streams an XML document through libxml2's `xmlTextReader`, safely.
///
/// This is the only way the parsers of this module read XML:
/// - `XML_PARSE_NONET`: nothing is ever fetched from the network;
/// - no `XML_PARSE_NOENT`, `XML_PARSE_DTDLOAD`, `XML_PARSE_DTDVALID` or `XML_PARSE_HUGE`: external
///   DTDs (Transcriber's `trans-14.dtd`) and external entities are never loaded, entity references
///   are not expanded (their names are reported as warnings, their content never appears), and
///   libxml2's default limits hold (text nodes over 10 MB and nesting deeper than 256 are refused);
/// - the first error libxml2 reports stops the read and becomes a ``ParseError`` with the line
///   and column of the original file;
/// - memory stays bounded by the deepest element, not the file: the reader frees each node once
///   it has been passed.
/// Every C pointer is freed before ``read(_:handle:)`` returns; only Swift values leave it.
struct XMLStreamReader {
    /// Reads a document and hands each event to `handle`, in document order.
    /// - Parameters:
    ///   - input: the file's bytes and name.
    ///   - handle: receives each event; throwing stops the read.
    /// - Returns: warnings about things left out (unexpanded entity references).
    /// - Throws: ``ParseError/malformed(message:at:)`` for the first XML error, with its place.
    @discardableResult
    static func read(_ input: ParserInput, handle: (XMLEvent) throws(ParseError) -> Void) throws(ParseError) -> [Diagnostic] {
        guard !input.bytes.isEmpty else { throw .empty(path: input.file) }
        guard input.bytes.count <= Int(Int32.max) else {
            throw .unreadable(path: input.file, reason: "XML files over 2 GB are not supported")
        }
        let result: Result<[Diagnostic], ParseError> = input.bytes.withUnsafeBytes { buffer in
            do throws(ParseError) {
                return .success(try read(buffer, file: input.file, handle: handle))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// The libxml2 options every read uses: see the type's documentation for why.
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_COMPACT.rawValue)

    private static func read(_ buffer: UnsafeRawBufferPointer, file: String,
                             handle: (XMLEvent) throws(ParseError) -> Void) throws(ParseError) -> [Diagnostic] {
        let firstError = XMLFirstError()
        let box = Unmanaged.passUnretained(firstError).toOpaque()
        guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self),
              let reader = xmlReaderForMemory(base, Int32(buffer.count), nil, nil, options) else {
            throw .unreadable(path: file, reason: "libxml2 could not start a reader")
        }
        // Errors raised outside the reader's own channel (encoding set-up) go to the same box;
        // the global handler is thread-local in libxml2 and restored before returning.
        xmlSetStructuredErrorFunc(box, XMLFirstError.callback)
        xmlTextReaderSetStructuredErrorHandler(reader, XMLFirstError.callback, box)
        defer {
            xmlFreeTextReader(reader)
            xmlSetStructuredErrorFunc(nil, nil)
            withExtendedLifetime(firstError) {}
        }
        var locator = XMLLocator(bytes: buffer, file: file)
        var warnings: [Diagnostic] = []
        var reportedEntities = Set<String>()
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            if status < 0 || firstError.message != nil {
                throw firstError.parseError(file: file, fallback: "the document ends or breaks here")
            }
            switch xmlReaderTypes(rawValue: UInt32(xmlTextReaderNodeType(reader))) {
            case XML_READER_TYPE_ELEMENT:
                let tag = startTag(reader, locator: &locator)
                try handle(.start(tag))
                if xmlTextReaderIsEmptyElement(reader) == 1 { try handle(.end(name: tag.name)) }
            case XML_READER_TYPE_END_ELEMENT:
                try handle(.end(name: string(xmlTextReaderConstLocalName(reader))))
            case XML_READER_TYPE_TEXT, XML_READER_TYPE_CDATA, XML_READER_TYPE_WHITESPACE,
                 XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
                try handle(.text(string(xmlTextReaderConstValue(reader))))
            case XML_READER_TYPE_ENTITY_REFERENCE:
                let name = string(xmlTextReaderConstName(reader))
                if reportedEntities.insert(name).inserted {
                    let line = Int(xmlTextReaderGetParserLineNumber(reader))
                    warnings.append(Diagnostic(.warning, "entity reference &\(name); is not expanded; its content is left out",
                                               at: SourceLocation(file: file, line: max(line, 1))))
                }
            default:
                break
            }
        }
        if firstError.message != nil { throw firstError.parseError(file: file, fallback: "unknown error") }
        return warnings
    }

    private static func startTag(_ reader: xmlTextReaderPtr, locator: inout XMLLocator) -> XMLStartTag {
        let name = string(xmlTextReaderConstLocalName(reader))
        let qualified = string(xmlTextReaderConstName(reader))
        let namespace = xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) }
        let location = locator.locate(qualified, readLine: Int(xmlTextReaderGetParserLineNumber(reader)))
        var attributes: [String: String] = [:]
        if xmlTextReaderHasAttributes(reader) == 1 {
            while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
                attributes[string(xmlTextReaderConstLocalName(reader))] = string(xmlTextReaderConstValue(reader))
            }
            xmlTextReaderMoveToElement(reader)
        }
        return XMLStartTag(name: name, namespace: namespace, attributes: attributes, location: location)
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
