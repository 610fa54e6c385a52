import Foundation
import ThematicModel

/// A transcript file as a parser receives it.
public struct ParserInput: Sendable {
    /// The file as the user named it: used in every diagnostic.
    public let file: String
    public let bytes: Data

    public init(file: String, bytes: Data) {
        self.file = file
        self.bytes = bytes
    }

    /// The file name without folders or extension: the default transcript id.
    public var stem: String {
        let name = (file as NSString).lastPathComponent
        let dot = name.firstIndex(of: ".") ?? name.endIndex
        return String(name[..<dot])
    }

    /// The extension, lowercased, without the dot (`vtt`; `transcript.vtt` counts as `vtt`).
    public var fileExtension: String {
        (file as NSString).pathExtension.lowercased()
    }

    /// The bytes decoded as text (see ``DecodedText``).
    public func decoded() throws(ParseError) -> DecodedText {
        try DecodedText(bytes: bytes, file: file)
    }
}
