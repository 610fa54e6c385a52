import ThematicModel

/// What the ELAN reader collects while the document streams by: the time slots, the tiers and
/// their annotations, and the header's media URL, with no element tree (a tree of a 200 MB `.eaf`
/// held six times the file in memory).
///
/// It reads exactly what a walk of the tree would: the `TIME_SLOT`s of the first `TIME_ORDER`
/// under the root, the `TIER`s under the root, for each `ANNOTATION` of a tier its first child
/// element (the alignable or reference annotation) and the text of that element's first
/// `ANNOTATION_VALUE`, and the first `MEDIA_DESCRIPTOR` of the first `HEADER`.
struct ELANReadState {
    /// A `TIER` as read so far.
    struct Tier {
        var tag: XMLStartTag
        /// Whether one of its `ANNOTATION`s holds an `ALIGNABLE_ANNOTATION`.
        var hasAlignable = false

        subscript(attribute: String) -> String? { tag[attribute] }
    }

    /// One annotation of a tier, with its time slot references not yet resolved.
    struct Entry {
        var tag: XMLStartTag
        var tierIndex: Int
        var value = ""
    }

    private(set) var root: XMLStartTag?
    private(set) var slots: [(id: String, value: Int?)] = []
    private(set) var tiers: [Tier] = []
    private(set) var entries: [Entry] = []
    private(set) var header: XMLStartTag?
    private(set) var mediaDescriptor: XMLStartTag?

    /// The names of the open elements, outermost first.
    private var path: [String] = []
    private var sawTimeOrder = false
    private var inFirstTimeOrder = false
    private var inFirstHeader = false
    /// In an `ANNOTATION` of a tier: whether its first child element has been seen.
    private var annotationHasChild = false
    /// The annotation whose first child element is open.
    private var current: Entry?
    /// Whether the current annotation's first `ANNOTATION_VALUE` has been seen, and whether it is open.
    private var sawValue = false
    private var inValue = false

    mutating func handle(_ event: XMLEvent) throws(ParseError) {
        switch event {
        case .start(let tag):
            path.append(tag.name)
            try start(tag)
        case .text(let text):
            if inValue { current?.value += text }
        case .end(let name):
            end(name)
            path.removeLast()
        }
    }

    private mutating func start(_ tag: XMLStartTag) throws(ParseError) {
        switch path.count {
        case 1:
            root = tag
        case 2:
            if tag.name == "TIME_ORDER" {
                inFirstTimeOrder = !sawTimeOrder
                sawTimeOrder = true
            } else if tag.name == "TIER" {
                tiers.append(Tier(tag: tag))
            } else if tag.name == "HEADER", header == nil {
                header = tag
                inFirstHeader = true
            }
        case 3:
            if inFirstTimeOrder, tag.name == "TIME_SLOT" {
                if let id = tag["TIME_SLOT_ID"] {
                    slots.append((id: id, value: try ELANParser.milliseconds(tag["TIME_VALUE"], at: tag.location)))
                }
            } else if inFirstHeader, tag.name == "MEDIA_DESCRIPTOR", mediaDescriptor == nil {
                mediaDescriptor = tag
            } else if path[1] == "TIER", tag.name == "ANNOTATION" {
                annotationHasChild = false
            }
        case 4:
            guard path[1] == "TIER", path[2] == "ANNOTATION" else { return }
            if tag.name == "ALIGNABLE_ANNOTATION" { tiers[tiers.count - 1].hasAlignable = true }
            guard !annotationHasChild else { return }
            annotationHasChild = true
            current = Entry(tag: tag, tierIndex: tiers.count - 1)
            sawValue = false
        case 5:
            if current != nil, !sawValue, tag.name == "ANNOTATION_VALUE" {
                sawValue = true
                inValue = true
            }
        default:
            break
        }
    }

    private mutating func end(_ name: String) {
        switch path.count {
        case 2:
            if name == "TIME_ORDER" { inFirstTimeOrder = false }
            if name == "HEADER" { inFirstHeader = false }
        case 4:
            if let entry = current {
                entries.append(entry)
                current = nil
            }
        case 5:
            inValue = false
        default:
            break
        }
    }
}
