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
    /// Attributes by local name, in document order (`xml:id` is `id`, `xsi:noNamespaceSchemaLocation`
    /// is `noNamespaceSchemaLocation`). A short array, not a dictionary: tags have a handful of
    /// attributes, and hashing them cost more than the rest of reading a tag.
    var attributes: [(name: String, value: String)]
    /// Where the `<` of the tag is in the original file.
    var location: SourceLocation

    /// The value of an attribute by local name; where two share a local name, the last one.
    subscript(attribute: String) -> String? {
        attributes.last { $0.name == attribute }?.value
    }
}
