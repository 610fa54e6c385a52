import Foundation
import ThematicModel
import ZIPFoundation

/// A REFI-QDA project archive (`.qdpx`): a ZIP holding the project document and its sources.
///
/// Reading is defensive: every entry's path is checked before anything is read (no `../`, no
/// absolute path, no drive letter, no symbolic link), sizes are checked against ``Limits`` both as
/// declared and as actually inflated (a lying header cannot get past), and nothing is ever
/// extracted to disk — entries are read into memory only.
public enum QDPXArchive {
    /// How much an archive may hold before it is refused as a zip bomb.
    public struct Limits: Sendable {
        public var maximumEntries: Int
        /// The largest inflated entry (bytes).
        public var maximumEntrySize: Int
        /// The largest total of inflated entries read (bytes).
        public var maximumTotalSize: Int
        /// The largest inflated/compressed ratio of an entry larger than 1 MB.
        public var maximumRatio: Int

        public init(maximumEntries: Int = 100_000, maximumEntrySize: Int = 512 << 20, maximumTotalSize: Int = 2 << 30,
                    maximumRatio: Int = 1_000) {
            self.maximumEntries = maximumEntries
            self.maximumEntrySize = maximumEntrySize
            self.maximumTotalSize = maximumTotalSize
            self.maximumRatio = maximumRatio
        }
    }

    /// What a `.qdpx` holds that Thematic reads.
    public struct Contents: Sendable {
        /// The entry the project document came from: `project.qde`, or ATLAS.ti's `<name>.qde`.
        public var projectEntry: String
        public var projectDocument: Data
        /// The plain-text sources by file name, lower-cased (`0c4f….txt`), from `sources/` or `Sources/`.
        public var texts: [String: Data]
    }

    /// Reads an archive.
    /// - Throws: ``ExchangeError/invalid(message:at:)`` naming the archive and entry for an unsafe
    ///   or oversized entry, ``ExchangeError/unreadable(path:reason:)`` for a file that is not a ZIP.
    public static func read(_ path: String, limits: Limits = Limits()) throws(ExchangeError) -> Contents {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .unreadable(path: path, reason: "not a ZIP archive (a .qdpx is one)")
        }
        let place = SourceLocation(file: path, line: 1)
        var entries: [Entry] = []
        var declaredTotal: UInt64 = 0
        for entry in archive {
            entries.append(entry)
            guard entries.count <= limits.maximumEntries else {
                throw .invalid(message: "the archive has more than \(limits.maximumEntries) entries", at: place)
            }
            let name = entry.path
            if entry.type == .symlink {
                throw .invalid(message: "entry '\(name)' is a symbolic link; a .qdpx holds only files", at: place)
            }
            if let problem = unsafePathProblem(name) {
                throw .invalid(message: "entry '\(name)' \(problem); refused, nothing was imported", at: place)
            }
            declaredTotal += entry.uncompressedSize
            if entry.uncompressedSize > UInt64(limits.maximumEntrySize) || declaredTotal > UInt64(limits.maximumTotalSize) {
                throw .invalid(message: "entry '\(name)' expands past the limit (\(limits.maximumEntrySize >> 20) MB an entry, \(limits.maximumTotalSize >> 20) MB in all): refused as a zip bomb", at: place)
            }
            if entry.uncompressedSize > 1 << 20, entry.compressedSize > 0,
               entry.uncompressedSize / entry.compressedSize > UInt64(limits.maximumRatio) {
                throw .invalid(message: "entry '\(name)' inflates \(entry.uncompressedSize / entry.compressedSize) times its size: refused as a zip bomb", at: place)
            }
        }
        let files = entries.filter { $0.type == .file }
        let rootDocuments = files.filter { !normalised($0.path).contains("/") && normalised($0.path).lowercased().hasSuffix(".qde") }
        guard let projectEntry = rootDocuments.first(where: { normalised($0.path).lowercased() == "project.qde" })
                ?? (rootDocuments.count == 1 ? rootDocuments[0] : nil) else {
            throw .invalid(message: rootDocuments.isEmpty ? "the archive holds no project.qde"
                           : "the archive holds several .qde documents and no project.qde: \(rootDocuments.map(\.path).joined(separator: ", "))", at: place)
        }
        var budget = limits.maximumTotalSize
        let document = try inflate(projectEntry, of: archive, path: path, limits: limits, budget: &budget)
        var texts: [String: Data] = [:]
        for entry in files {
            let parts = normalised(entry.path).split(separator: "/")
            guard parts.count == 2, parts[0].lowercased() == "sources", parts[1].lowercased().hasSuffix(".txt") else { continue }
            texts[parts[1].lowercased()] = try inflate(entry, of: archive, path: path, limits: limits, budget: &budget)
        }
        return Contents(projectEntry: projectEntry.path, projectDocument: document, texts: texts)
    }

    /// Writes an archive: the project document as `project.qde` and each text as `sources/<name>`.
    ///
    /// The archive is written beside `path` under a temporary name and moved into place, so a
    /// failure leaves no half-written file.
    public static func write(projectDocument: Data, texts: [(name: String, data: Data)], to path: String,
                             date: Date = Date()) throws(ExchangeError) {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
        do {
            let archive = try Archive(url: temporary, accessMode: .create)
            func add(_ name: String, _ data: Data) throws {
                try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
                }
            }
            try add("project.qde", projectDocument)
            for text in texts { try add("sources/\(text.name)", text.data) }
            if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
            try FileManager.default.moveItem(at: temporary, to: target)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .unreadable(path: path, reason: "cannot write the archive: \(error.localizedDescription)")
        }
    }

    /// Why an entry name is unsafe, or `nil`.
    static func unsafePathProblem(_ name: String) -> String? {
        let path = normalised(name)
        if path.hasPrefix("/") { return "has an absolute path" }
        if path.count >= 2, path.dropFirst().first == ":" { return "names a drive" }
        if path.split(separator: "/", omittingEmptySubsequences: false).contains("..") { return "escapes the archive's folder (../)" }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 }) { return "has control characters in its name" }
        return nil
    }

    private static func normalised(_ name: String) -> String {
        name.replacingOccurrences(of: "\\", with: "/")
    }

    private static func inflate(_ entry: Entry, of archive: Archive, path: String, limits: Limits,
                                budget: inout Int) throws(ExchangeError) -> Data {
        var data = Data()
        let allowed = min(limits.maximumEntrySize, budget)
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > allowed { throw ZipBomb() }
            }
        } catch is ZipBomb {
            throw .invalid(message: "entry '\(entry.path)' inflates past the limit: refused as a zip bomb", at: SourceLocation(file: path, line: 1))
        } catch {
            throw .invalid(message: "entry '\(entry.path)' cannot be read: \(error)", at: SourceLocation(file: path, line: 1))
        }
        budget -= data.count
        return data
    }

    private struct ZipBomb: Error {}
}
