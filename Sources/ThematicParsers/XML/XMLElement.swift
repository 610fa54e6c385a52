import ThematicModel

/// A small XML element tree in Swift values, for formats whose files are small and read as a
/// whole (Transcriber, EXMARaLDA, Thematic XML). Built from ``XMLStreamReader`` events,
/// so it obeys the same safety rules; TEI and ELAN, which can be huge, are streamed instead.
struct XMLElement {
    /// A child: an element or a run of character data.
    enum Child {
        case element(XMLElement)
        case text(String)
    }

    var tag: XMLStartTag
    var children: [Child] = []

    var name: String { tag.name }
    var location: SourceLocation { tag.location }
    subscript(attribute: String) -> String? { tag[attribute] }

    /// The child elements, in order.
    var elements: [XMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The child elements with a local name.
    func elements(_ name: String) -> [XMLElement] { elements.filter { $0.name == name } }

    /// The first child element with a local name.
    func first(_ name: String) -> XMLElement? { elements.first { $0.name == name } }

    /// All character data inside the element and its descendants, in order.
    var text: String {
        var result = ""
        appendText(to: &result)
        return result
    }

    private func appendText(to result: inout String) {
        for child in children {
            switch child {
            case .text(let text): result += text
            case .element(let element): element.appendText(to: &result)
            }
        }
    }

    /// Reads a whole document into a tree.
    /// - Returns: the root element and the reader's warnings.
    /// - Throws: ``ParseError`` for the first XML error, with its place.
    static func parse(_ input: ParserInput) throws(ParseError) -> (root: XMLElement, warnings: [Diagnostic]) {
        var stack: [XMLElement] = []
        var root: XMLElement?
        let warnings = try XMLStreamReader.read(input) { event throws(ParseError) in
            switch event {
            case .start(let tag):
                stack.append(XMLElement(tag: tag))
            case .text(let text):
                guard !stack.isEmpty else { return }
                stack[stack.count - 1].children.append(.text(text))
            case .end:
                guard let element = stack.popLast() else { return }
                if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(.element(element)) }
            }
        }
        guard let root else { throw .empty(path: input.file) }
        return (root, warnings)
    }

    /// Reads a whole transcript document whose root element must have a given local name, and
    /// starts the transcript builder with the reader's warnings.
    /// - Parameters:
    ///   - root: the expected local name of the root element.
    ///   - format: the format's name for the error message (`an ELAN file`).
    /// - Throws: ``ParseError`` for malformed XML or another root element.
    static func document(_ input: ParserInput, root expected: String, format: String,
                         options: ParserOptions) throws(ParseError) -> (root: XMLElement, builder: TranscriptBuilder) {
        let (root, warnings) = try parse(input)
        guard root.name == expected else {
            throw .malformed(message: "not \(format): the root element is <\(root.name)>, expected <\(expected)>", at: root.location)
        }
        var builder = TranscriptBuilder(file: input.file, roles: options.roles)
        builder.warnings = warnings
        return (root, builder)
    }
}
