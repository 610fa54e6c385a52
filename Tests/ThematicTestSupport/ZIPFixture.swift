import Foundation
import ZIPFoundation

/// Writes small ZIP archives for tests: vendor-shaped `.qdpx` files and hostile ones.
public enum ZIPFixture {
    /// One entry: its name in the archive, its bytes, and whether it is a symbolic link.
    public struct Entry: Sendable {
        public var name: String
        public var data: Data
        public var isLink: Bool

        public init(_ name: String, _ data: Data, isLink: Bool = false) {
            self.name = name
            self.data = data
            self.isLink = isLink
        }

        public init(_ name: String, _ text: String) {
            self.init(name, Data(text.utf8))
        }
    }

    /// Writes the entries, in order, to a new archive at `path`.
    public static func write(_ entries: [Entry], to path: String) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for entry in entries {
            let data = entry.data
            try archive.addEntry(with: entry.name, type: entry.isLink ? .symlink : .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: entry.isLink ? .none : .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }
}
