import ThematicModel

/// One step of a streamed XML document, as the XML parsers in this module see it.
///
/// Only Swift values: names, attribute values and text are copied out of libxml2 before the
/// event is handed on, so nothing from C outlives the call that produced it.
enum XMLEvent {
    /// An element opens. Empty elements (`<pause/>`) are followed at once by their `.end`.
    case start(XMLStartTag)
    /// An element closes; `name` is its local name.
    case end(name: String)
    /// Character data (text, CDATA or white space) inside the current element.
    case text(String)
}

/// An opening tag: local name, namespace and attributes, and where it is in the original file.
struct XMLStartTag {
    /// The local name, without a prefix (`seg` for both `<seg>` and `<tei:seg>`).
    var name: String
    /// The namespace URI, or `nil` for none.
    var namespace: String?
    /// Attribute values keyed by local name (`xml:id` is `id`, `xsi:noNamespaceSchemaLocation`
    /// is `noNamespaceSchemaLocation`).
    var attributes: [String: String]
    /// Where the `<` of the tag is in the original file.
    var location: SourceLocation

    subscript(attribute: String) -> String? { attributes[attribute] }
}
