import Foundation
import ThematicModel

/// A transcript file as a parser receives it: bytes in memory, or a file on disk that is read
/// only as far, and as often, as a parser asks.
///
/// Streaming parsers (XML) read a file on disk in chunks through ``forEachChunk(size:_:)``, so a
/// 200 MB file never has to be in memory whole; the others ask for ``data()`` once.
public struct ParserInput: Sendable {
    /// The file as the user named it: used in every diagnostic.
    public let file: String
    /// The number of bytes.
    public let byteCount: Int
    private let storage: Storage

    private enum Storage: Sendable {
        case memory(Data)
        case disk(URL)
    }

    /// Bytes already in memory.
    public init(file: String, bytes: Data) {
        self.file = file
        self.byteCount = bytes.count
        self.storage = .memory(bytes)
    }

    /// A file on disk, checked to exist, be a regular file and be readable; nothing is read yet.
    /// - Throws: ``ParseError/fileNotFound(path:)``, ``ParseError/isDirectory(path:)`` or
    ///   ``ParseError/unreadable(path:reason:)``.
    public init(contentsOf path: String) throws(ParseError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .fileNotFound(path: path) }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
        self.file = path
        self.byteCount = size ?? 0
        self.storage = .disk(URL(fileURLWithPath: path))
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

    /// All the bytes. A file on disk is read whole on each call: call it once.
    public func data() throws(ParseError) -> Data {
        switch storage {
        case .memory(let data):
            return data
        case .disk(let url):
            do {
                return try Data(contentsOf: url)
            } catch {
                throw .unreadable(path: file, reason: (error as NSError).localizedDescription)
            }
        }
    }

    /// At most the first `maximum` bytes, for sniffing the format.
    public func head(_ maximum: Int) throws(ParseError) -> Data {
        switch storage {
        case .memory(let data):
            return data.prefix(maximum)
        case .disk:
            var head = Data()
            try forEachChunk(size: maximum) { chunk throws(ParseError) in
                if head.isEmpty { head = chunk }
            }
            return head
        }
    }

    /// Hands the bytes to `body` in order, at most `size` at a time; a file on disk is read chunk
    /// by chunk, so memory stays at one chunk whatever the file's size.
    /// - Throws: ``ParseError/unreadable(path:reason:)``, or what `body` throws.
    public func forEachChunk(size: Int, _ body: (Data) throws(ParseError) -> Void) throws(ParseError) {
        switch storage {
        case .memory(let data):
            var start = data.startIndex
            while start < data.endIndex {
                let end = Swift.min(start + size, data.endIndex)
                try body(data[start..<end])
                start = end
            }
        case .disk(let url):
            let handle: FileHandle
            do {
                handle = try FileHandle(forReadingFrom: url)
            } catch {
                throw .unreadable(path: file, reason: (error as NSError).localizedDescription)
            }
            defer { try? handle.close() }
            while true {
                let chunk: Data
                do {
                    guard let read = try handle.read(upToCount: size), !read.isEmpty else { return }
                    chunk = read
                } catch {
                    throw .unreadable(path: file, reason: (error as NSError).localizedDescription)
                }
                try body(chunk)
            }
        }
    }

    /// The bytes decoded as text (see ``DecodedText``).
    public func decoded() throws(ParseError) -> DecodedText {
        try DecodedText(bytes: data(), file: file)
    }
}
