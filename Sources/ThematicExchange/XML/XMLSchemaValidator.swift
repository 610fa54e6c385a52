import CLibXML2
import Foundation
import ThematicModel

/// Validates XML documents against an XML Schema (XSD) with libxml2, reporting every violation
/// as `file:line:column: error: message`.
///
/// The document and the schema are read with `XML_PARSE_NONET` and without entity expansion or
/// DTD loading; libxml2's external-entity loader is set to its no-network variant while a schema
/// is compiled, so an XSD that imports a schema by URL is not fetched. All C pointers are freed
/// before a call returns.
///
/// Thread safety: each parser and validator context reports to its own error handler. libxml2 2.9
/// keeps the built-in schema types and the external-entity loader process-wide, so schema
/// compilation and validation run one at a time (``lock``), and the loader and the thread's
/// structured error handler found on entry are put back on exit.
public enum XMLSchemaValidator {
    /// Serialises the parts of libxml2's schema code that share process-wide state.
    private static let lock = NSLock()

    /// libxml2's global set-up and its built-in schema types, initialised once (2.9 does neither
    /// under a lock: two first validations at once could build the built-in types twice).
    private static let initialised: Bool = {
        xmlInitParser()
        xmlSchemaInitTypes()
        return true
    }()

    /// Validates a document on disk against a schema on disk.
    /// - Parameters:
    ///   - path: the document, named as the user named it (diagnostics show it so).
    ///   - schemaPath: the XSD.
    /// - Returns: one diagnostic per violation, empty when the document is valid.
    /// - Throws: ``ExchangeError`` when either file cannot be read, the document is not
    ///   well-formed, or the schema itself is broken.
    public static func validate(fileAt path: String, schemaAt schemaPath: String) throws(ExchangeError) -> [Diagnostic] {
        let document = try read(path)
        let schema = try read(schemaPath)
        return try validate(document, file: path, schema: schema, schemaFile: schemaPath)
    }

    /// Validates a document in memory against a schema in memory.
    public static func validate(_ document: Data, file: String, schema: Data, schemaFile: String) throws(ExchangeError) -> [Diagnostic] {
        _ = initialised
        lock.lock()
        defer { lock.unlock() }
        let collector = XMLErrorList()
        let box = Unmanaged.passUnretained(collector).toOpaque()
        // What was there before, put back on every way out.
        let previousLoader = xmlGetExternalEntityLoader()
        let previousHandler = __xmlStructuredError().pointee
        let previousContext = __xmlStructuredErrorContext().pointee
        xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
        // Documents a schema imports are parsed by libxml2 itself, with no context of ours: their
        // errors reach only this thread's structured handler.
        xmlSetStructuredErrorFunc(box, XMLErrorList.callback)
        defer {
            xmlSetStructuredErrorFunc(previousContext, previousHandler)
            xmlSetExternalEntityLoader(previousLoader)
            withExtendedLifetime(collector) {}
        }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)
        guard let schemaDoc = parse(schema, file: schemaFile, options: options, errors: box) else {
            throw collector.first(file: schemaFile, as: { .malformed(message: "the schema is not well-formed XML: \($0)", at: $1) })
        }
        defer { xmlFreeDoc(schemaDoc) }
        guard let parserContext = xmlSchemaNewDocParserCtxt(schemaDoc) else {
            throw .unreadable(path: schemaFile, reason: "libxml2 could not start a schema parser")
        }
        defer { xmlSchemaFreeParserCtxt(parserContext) }
        xmlSchemaSetParserStructuredErrors(parserContext, XMLErrorList.callback, box)
        guard let compiled = xmlSchemaParse(parserContext) else {
            throw collector.first(file: schemaFile, as: { .invalid(message: "the schema cannot be used: \($0)", at: $1) })
        }
        defer { xmlSchemaFree(compiled) }
        collector.reset()
        guard let doc = parse(document, file: file, options: options, errors: box) else {
            throw collector.first(file: file, as: { .malformed(message: "not well-formed XML: \($0)", at: $1) })
        }
        defer { xmlFreeDoc(doc) }
        collector.reset()
        guard let validContext = xmlSchemaNewValidCtxt(compiled) else {
            throw .unreadable(path: file, reason: "libxml2 could not start a validator")
        }
        defer { xmlSchemaFreeValidCtxt(validContext) }
        xmlSchemaSetValidStructuredErrors(validContext, XMLErrorList.callback, box)
        let status = xmlSchemaValidateDoc(validContext, doc)
        var columns = ColumnFinder(document)
        let diagnostics = collector.errors.map { error in
            Diagnostic(.error, error.message, at: SourceLocation(
                file: file, line: max(error.line, 1),
                column: error.column > 0 ? error.column : columns.column(ofTag: error.element, line: error.line)))
        }
        if status != 0, diagnostics.isEmpty {
            return [Diagnostic(.error, "the document does not satisfy the schema", at: SourceLocation(file: file, line: 1))]
        }
        return diagnostics
    }

    private static func read(_ path: String) throws(ExchangeError) -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// Parses a document with its own context, whose errors go to the list `errors` points at.
    /// (`xmlCtxtReadMemory` would reset the context's `_private`, so the context is built for the bytes.)
    private static func parse(_ data: Data, file: String, options: Int32, errors: UnsafeMutableRawPointer) -> xmlDocPtr? {
        data.withUnsafeBytes { buffer -> xmlDocPtr? in
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self), buffer.count <= Int(Int32.max),
                  let context = xmlCreateMemoryParserCtxt(base, Int32(buffer.count)) else { return nil }
            defer { xmlFreeParserCtxt(context) }
            context.pointee.sax.pointee.serror = XMLErrorList.contextCallback
            context.pointee._private = errors
            xmlCtxtUseOptions(context, options)
            xmlParseDocument(context)
            guard let document = context.pointee.myDoc else { return nil }
            guard context.pointee.wellFormed != 0 else {
                xmlFreeDoc(document)
                return nil
            }
            return document
        }
    }
}

/// Every error libxml2 reports during a validation, in order, as Swift values.
final class XMLErrorList {
    struct Entry {
        var message: String
        var line: Int
        var column: Int
        /// The qualified name of the element the error is about, when libxml2 names one.
        var element: String?
    }

    private(set) var errors: [Entry] = []

    func reset() { errors = [] }

    func record(_ error: UnsafePointer<xmlError>) {
        guard error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown error"
        var element: String?
        var node = error.pointee.node?.assumingMemoryBound(to: xmlNode.self)
        // Errors about an attribute (a keyref field) point at the attribute: its element is the parent.
        if let attribute = node, attribute.pointee.type == XML_ATTRIBUTE_NODE { node = attribute.pointee.parent }
        if let node, node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name {
            let local = String(cString: name)
            let prefix = node.pointee.ns?.pointee.prefix.map { String(cString: $0) }
            element = prefix.map { "\($0):\(local)" } ?? local
        }
        // Some errors (keyrefs) come without a node but name the element: `Element '{namespace}u': …`.
        if element == nil, let named = message.range(of: "Element '") {
            let rest = message[named.upperBound...]
            if let close = rest.firstIndex(of: "'") {
                let qualified = rest[..<close]
                element = String(qualified.split(separator: "}").last ?? qualified)
            }
        }
        errors.append(Entry(message: message, line: Int(error.pointee.line), column: Int(error.pointee.int2), element: element))
    }

    /// The first error as an ``ExchangeError`` built by `make`, or a generic one.
    func first(file: String, as make: (String, SourceLocation) -> ExchangeError) -> ExchangeError {
        guard let first = errors.first else { return .unreadable(path: file, reason: "libxml2 gave no details") }
        return make(first.message, SourceLocation(file: file, line: max(first.line, 1), column: max(first.column, 1)))
    }

    static let callback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        Unmanaged<XMLErrorList>.fromOpaque(userData).takeUnretainedValue().record(error)
    }

    /// The handler of a parser context: `userData` is the context, whose `_private` is the list.
    static let contextCallback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        guard let box = userData.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return }
        Unmanaged<XMLErrorList>.fromOpaque(box).takeUnretainedValue().record(error)
    }
}

/// The column of an element's `<name` on a line of a document, for errors libxml2 reports by line only.
struct ColumnFinder {
    private let lines: [Substring]

    init(_ data: Data) {
        lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    }

    mutating func column(ofTag name: String?, line: Int) -> Int {
        guard let name, lines.indices.contains(line - 1) else { return 1 }
        let text = lines[line - 1]
        guard let range = text.range(of: "<" + name) else { return 1 }
        return text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound) + 1
    }
}
