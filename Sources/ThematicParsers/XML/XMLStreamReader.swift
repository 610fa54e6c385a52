import CLibXML2
import Foundation
import ThematicModel

/// Streams an XML document through libxml2's SAX2 push parser, safely.
///
/// This is the only way the parsers of this module read XML:
/// - `XML_PARSE_NONET`: nothing is ever fetched from the network;
/// - no `XML_PARSE_NOENT`, `XML_PARSE_DTDLOAD`, `XML_PARSE_DTDVALID` or `XML_PARSE_HUGE`: external
///   DTDs (Transcriber's `trans-14.dtd`) and external entities are never loaded, entity references
///   are not expanded (their names are reported as warnings, their content never appears), nesting
///   deeper than libxml2's default limit (256) is refused, and a run of text longer than 10 MB
///   (libxml2's `XML_MAX_TEXT_LENGTH`) is refused;
/// - the first error libxml2 reports stops the read and becomes a ``ParseError`` with the line
///   and column of the original file;
/// - no tree is built: events go straight to the handler, so memory stays bounded by the parser's
///   window on the input, whatever the file's size. (libxml2's `xmlTextReader` was tried first: it
///   registers every `xml:id` in a document-wide table, which made a 20 MB ISO/TEI file take 26 s
///   and 150 MB; `xmllint --stream` shows the same.)
/// Every C pointer is freed before ``read(_:handle:)`` returns; only Swift values leave it.
struct XMLStreamReader {
    /// The longest run of text accepted, as libxml2's own tree builder limits it without `XML_PARSE_HUGE`.
    static let maximumTextLength = 10_000_000

    /// The deepest nesting accepted: libxml2's `xmlParserMaxDepth` without `XML_PARSE_HUGE`. libxml2's
    /// push parser leaves this check to its tree builder, which is not used here, so it is made here.
    static let maximumDepth = 256

    /// The libxml2 options every read uses: see the type's documentation for why.
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Reads a document and hands each event to `handle`, in document order.
    /// - Parameters:
    ///   - input: the file's bytes and name.
    ///   - handle: receives each event; throwing stops the read.
    /// - Returns: warnings about things left out (unexpanded entity references).
    /// - Throws: ``ParseError/malformed(message:at:)`` for the first XML error, with its place,
    ///   or the error `handle` threw.
    @discardableResult
    static func read(_ input: ParserInput, handle: (XMLEvent) throws(ParseError) -> Void) throws(ParseError) -> [Diagnostic] {
        guard input.byteCount > 0 else { throw .empty(path: input.file) }
        let result: Result<[Diagnostic], ParseError> = withoutActuallyEscaping(handle) { handle in
            let state = XMLStreamState(file: input.file, handle: handle)
            do throws(ParseError) {
                try read(input, state: state)
                return .success(state.warnings)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// How much of the file libxml2 is fed at a time (and, for a file on disk, read from it).
    static let chunkSize = 256 * 1024

    private static func read(_ input: ParserInput, state: XMLStreamState) throws(ParseError) {
        var sax = xmlSAXHandler()
        // The SAX2 defaults keep the internal subset's declarations (so entities are known and
        // left unexpanded); elements, text and references go to Thematic's own callbacks instead
        // of a tree, and nothing else (no external subset: `loadsubset` stays off).
        xmlSAXVersion(&sax, 2)
        sax.startElementNs = XMLStreamState.startElement
        sax.endElementNs = XMLStreamState.endElement
        sax.characters = XMLStreamState.characters
        sax.ignorableWhitespace = XMLStreamState.characters
        sax.cdataBlock = XMLStreamState.characters
        sax.reference = XMLStreamState.reference
        sax.entityDecl = XMLStreamState.entityDeclaration
        // Errors go to this parser's own handler (libxml2 prefers `serror` of the context's SAX
        // handler over the process's global one), so parallel reads never share an error handler
        // and libxml2's global handler is never touched.
        sax.serror = XMLStreamState.structuredError
        sax.error = nil
        sax.warning = nil
        LibXML2.initialise()
        let box = Unmanaged.passUnretained(state).toOpaque()
        let firstError = state.firstError
        var context: xmlParserCtxtPtr?
        defer {
            if let context {
                if let document = context.pointee.myDoc { xmlFreeDoc(document) }
                xmlFreeParserCtxt(context)
            }
            withExtendedLifetime(state) {}
        }
        func check(_ status: Int32) throws(ParseError) {
            if let error = state.thrown { throw error }
            guard let context else { throw .unreadable(path: state.file, reason: "libxml2 could not start a parser") }
            if status != 0 || firstError.message != nil || context.pointee.wellFormed == 0 {
                throw firstError.parseError(file: state.file, fallback: "the document ends or breaks here",
                                            openElement: state.openElements.last)
            }
        }
        try input.forEachChunk(size: chunkSize) { chunk throws(ParseError) in
            state.locator.append(chunk)
            let status: Int32 = chunk.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self) else { return 0 }
                var start = 0
                if context == nil {
                    // The first bytes tell libxml2 the encoding; the rest follows chunk by chunk.
                    start = Swift.min(4, buffer.count)
                    context = xmlCreatePushParserCtxt(&sax, nil, base, Int32(start), state.file)
                    guard let context else { return -1 }
                    xmlCtxtUseOptions(context, options)
                    // Callbacks find the state through the context; libxml2 never touches `_private`.
                    context.pointee._private = box
                    state.context = context
                }
                guard buffer.count > start, let context else { return 0 }
                return xmlParseChunk(context, base + start, Int32(buffer.count - start), 0)
            }
            try check(status)
            state.locator.discardConsumed()
        }
        try check(context.map { xmlParseChunk($0, nil, 0, 1) } ?? -1)
    }
}

/// What the SAX callbacks share during one read: the handler, the locator and what went wrong.
final class XMLStreamState {
    let file: String
    let handle: (XMLEvent) throws(ParseError) -> Void
    let firstError = XMLFirstError()
    var locator: XMLLocator
    var context: xmlParserCtxtPtr?
    var warnings: [Diagnostic] = []
    var reportedEntities = Set<String>()
    /// The error the handler threw, or a limit Thematic enforces; the parser is stopped at once.
    var thrown: ParseError?
    /// The length of the current run of text, for the 10 MB limit.
    var textRun = 0
    /// How many elements are open.
    var depth = 0
    /// The open elements with the line each starts on, innermost last (for a premature end).
    var openElements: [(name: String, line: Int)] = []

    init(file: String, handle: @escaping (XMLEvent) throws(ParseError) -> Void) {
        self.file = file
        self.handle = handle
        locator = XMLLocator(file: file)
    }

    /// The state of the outermost parser, or `nil` for a parser libxml2 runs inside an entity check
    /// (its events are not the document's and are ignored, so entity content never leaks out).
    static func state(_ context: UnsafeMutableRawPointer?) -> XMLStreamState? {
        guard let context else { return nil }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let box = parser.pointee._private else { return nil }
        let state = Unmanaged<XMLStreamState>.fromOpaque(box).takeUnretainedValue()
        return state.context == parser ? state : nil
    }

    func send(_ event: XMLEvent) {
        guard thrown == nil else { return }
        do throws(ParseError) {
            try handle(event)
        } catch {
            stop(error)
        }
    }

    func stop(_ error: ParseError) {
        if thrown == nil { thrown = error }
        if let context { xmlStopParser(context) }
    }

    var line: Int { context.map { Int($0.pointee.input.pointee.line) } ?? 0 }

    /// Names libxml2 hands over, as Swift strings, keyed by libxml2's pointer. libxml2 interns
    /// element and attribute names in its parser dictionary, so one pointer is one name for the
    /// whole read: each name is turned into a `String` once, not once per tag (which, with the
    /// attribute dictionary this replaced, was most of the time spent reading a tag).
    private var names: [NamePair: String] = [:]

    /// A local name with its prefix (or none), as libxml2's interned pointers.
    private struct NamePair: Hashable {
        var prefix: UnsafeRawPointer?
        var local: UnsafeRawPointer
    }

    /// The name for libxml2's `prefix` and `local` (`prefix:local` when both are given; the local
    /// name alone for `prefix == nil`), cached when libxml2's dictionary owns both pointers.
    func name(prefix: UnsafePointer<xmlChar>?, local: UnsafePointer<xmlChar>) -> String {
        let key = NamePair(prefix: prefix.map(UnsafeRawPointer.init), local: UnsafeRawPointer(local))
        if let known = names[key] { return known }
        let localName = String(cString: local)
        let name = prefix.map { "\(String(cString: $0)):\(localName)" } ?? localName
        if let dictionary = context?.pointee.dict, xmlDictOwns(dictionary, local) == 1,
           prefix.map({ xmlDictOwns(dictionary, $0) == 1 }) ?? true {
            names[key] = name
        }
        return name
    }

    static let startElement: startElementNsSAX2Func = { context, localName, prefix, uri, _, _, attributeCount, _, attributes in
        guard let state = state(context), let localName else { return }
        state.textRun = 0
        state.depth += 1
        guard state.depth <= XMLStreamReader.maximumDepth else {
            state.stop(.malformed(message: "not accepted: elements nested deeper than \(XMLStreamReader.maximumDepth) (libxml2's limit for excessive depth)",
                                  at: SourceLocation(file: state.file, line: max(state.line, 1))))
            return
        }
        let name = state.name(prefix: nil, local: localName)
        let qualified = prefix == nil ? name : state.name(prefix: prefix, local: localName)
        var values: [(name: String, value: String)] = []
        if let attributes, attributeCount > 0 {
            values.reserveCapacity(Int(attributeCount))
            for index in 0..<Int(attributeCount) {
                // Five pointers an attribute: local name, prefix, URI, value start, value end.
                guard let key = attributes[index * 5], let start = attributes[index * 5 + 3], let end = attributes[index * 5 + 4] else { continue }
                let bytes = UnsafeBufferPointer(start: start, count: end - start)
                let value = String(decoding: bytes, as: UTF8.self)
                // Without entity substitution libxml2 hands `&amp;` on as `&#38;`.
                let unescaped = bytes.contains(UInt8(ascii: "&")) && value.contains("&#38;")
                    ? value.replacingOccurrences(of: "&#38;", with: "&") : value
                values.append((state.name(prefix: nil, local: key), unescaped))
            }
        }
        let location = state.locator.locate(qualified, readLine: state.line)
        state.openElements.append((qualified, location.line))
        let namespace = uri.map { state.name(prefix: nil, local: $0) }
        state.send(.start(XMLStartTag(name: name, namespace: namespace, attributes: values, location: location)))
    }

    static let endElement: endElementNsSAX2Func = { context, localName, _, _ in
        guard let state = state(context), let localName else { return }
        state.textRun = 0
        state.depth -= 1
        _ = state.openElements.popLast()
        state.send(.end(name: state.name(prefix: nil, local: localName)))
    }

    static let characters: charactersSAXFunc = { context, characters, length in
        guard let state = state(context), let characters, length > 0 else { return }
        state.textRun += Int(length)
        guard state.textRun <= XMLStreamReader.maximumTextLength else {
            state.stop(.malformed(message: "not accepted: a text node longer than \(XMLStreamReader.maximumTextLength / 1_000_000) MB (libxml2's limit for huge text nodes)",
                                  at: SourceLocation(file: state.file, line: max(state.line, 1))))
            return
        }
        state.send(.text(String(decoding: UnsafeBufferPointer(start: characters, count: Int(length)), as: UTF8.self)))
    }

    /// The per-parser error handler: libxml2 passes the context's `userData`, which is the parser
    /// context itself (no user data is given), or for an entity's inner parser that parser, whose
    /// `_private` libxml2 copies from the outer one.
    static let structuredError: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let box = parser.pointee._private else { return }
        Unmanaged<XMLStreamState>.fromOpaque(box).takeUnretainedValue().firstError.record(error)
    }

    /// The longest internal entity value accepted (a quadratic blow-up declares one huge entity).
    static let maximumEntityLength = 1024

    /// Entity declarations: an external entity (XXE), a parameter entity, an entity built from
    /// other entities (billion laughs) or a huge one (quadratic blow-up) stops the read with a
    /// located error; a small plain internal entity is declared (and, as every entity, never expanded).
    static let entityDeclaration: entityDeclSAXFunc = { context, name, type, publicID, systemID, content in
        guard let state = state(context) else { return }
        let entity = name.map { String(cString: $0) } ?? "?"
        let value = content.map { String(cString: $0) } ?? ""
        let refusal: String?
        switch xmlEntityType(rawValue: UInt32(bitPattern: type)) {
        case XML_EXTERNAL_GENERAL_PARSED_ENTITY, XML_EXTERNAL_GENERAL_UNPARSED_ENTITY, XML_EXTERNAL_PARAMETER_ENTITY:
            refusal = "it is an external entity (\(systemID.map { String(cString: $0) } ?? "no system id")); Thematic never loads external entities"
        case XML_INTERNAL_PARAMETER_ENTITY:
            refusal = "it is a parameter entity; Thematic reads no DTD declarations beyond plain entities"
        default:
            if value.contains("&") || value.contains("%") {
                refusal = "its value refers to other entities (the shape of an entity-expansion attack)"
            } else if value.utf8.count > maximumEntityLength {
                refusal = "its value is longer than \(maximumEntityLength) bytes (the shape of a quadratic blow-up)"
            } else {
                refusal = nil
            }
        }
        if let refusal {
            state.stop(.malformed(message: "not accepted: the entity declaration <!ENTITY \(entity) …>: \(refusal); remove the declaration",
                                  at: SourceLocation(file: state.file, line: max(state.line, 1))))
            return
        }
        xmlSAX2EntityDecl(context, name, type, publicID, systemID, content)
    }

    static let reference: referenceSAXFunc = { context, name in
        guard let state = state(context), let name else { return }
        let entity = String(cString: name)
        if state.reportedEntities.insert(entity).inserted {
            state.warnings.append(Diagnostic(.warning, "entity reference &\(entity); is not expanded; its content is left out",
                                             at: SourceLocation(file: state.file, line: max(state.line, 1))))
        }
        // An entity reference separates the text around it as a tag would.
        state.textRun = 0
    }
}
