/// An element of a small XML document as plain Swift values: what ``XMLTreeReader`` builds.
public struct XMLTreeNode: Hashable, Sendable {
    /// The local name (`Code`).
    public var name: String
    /// The namespace URI, if the element is in one.
    public var namespace: String?
    /// Attributes by local name (a namespaced attribute such as `xsi:schemaLocation` by its local name too).
    public var attributes: [String: String]
    public var children: [XMLTreeNode]
    /// The element's own character data (text and CDATA children joined), exactly as written.
    public var text: String
    /// The 1-based line of the start tag.
    public var line: Int

    public init(name: String, namespace: String? = nil, attributes: [String: String] = [:], children: [XMLTreeNode] = [],
                text: String = "", line: Int = 0) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.text = text
        self.line = line
    }

    /// The first child element with this local name.
    public func child(_ name: String) -> XMLTreeNode? {
        children.first { $0.name == name }
    }

    /// Every child element with this local name, in order.
    public func children(_ name: String) -> [XMLTreeNode] {
        children.filter { $0.name == name }
    }
}
