/// The lines of a decoded file, split at CR, LF or CRLF, numbered as an editor numbers them.
///
/// Splitting works on UTF-8 bytes, so it is linear and fast on large files.
public struct Lines: Sequence, Sendable {
    /// One line without its line break.
    public struct Line: Sendable {
        /// The 1-based line number in the original file.
        public let number: Int
        public let text: Substring

        public init(number: Int, text: Substring) {
            self.number = number
            self.text = text
        }
    }

    public let text: String

    public init(_ text: String) { self.text = text }

    public func makeIterator() -> Iterator { Iterator(text: text) }

    public struct Iterator: IteratorProtocol, Sendable {
        private let text: String
        private var position: String.Index
        private var number = 0
        private var finished = false

        init(text: String) {
            self.text = text
            self.position = text.startIndex
        }

        public mutating func next() -> Line? {
            guard !finished else { return nil }
            let utf8 = text.utf8
            var cursor = position
            while cursor < utf8.endIndex {
                let byte = utf8[cursor]
                if byte == 0x0A || byte == 0x0D {
                    number += 1
                    let line = Line(number: number, text: text[position..<cursor])
                    var after = utf8.index(after: cursor)
                    if byte == 0x0D, after < utf8.endIndex, utf8[after] == 0x0A { after = utf8.index(after: after) }
                    position = after
                    return line
                }
                cursor = utf8.index(after: cursor)
            }
            finished = true
            // A final line break does not start one more line.
            guard position < utf8.endIndex else { return nil }
            number += 1
            return Line(number: number, text: text[position...])
        }
    }
}
