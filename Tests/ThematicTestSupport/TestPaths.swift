import Foundation

/// Where tests find the repository, the shared real-world test data, and scratch space.
public enum TestPaths {
    /// The repository root (the folder holding Package.swift).
    public static let repository: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            folder.deleteLastPathComponent()
        }
        return folder
    }()

    /// `../shared/testdata/external`: real files written by others, read in place.
    public static let external = repository.deletingLastPathComponent()
        .appendingPathComponent("shared/testdata/external")

    /// `../shared/testdata`.
    public static let sharedTestData = repository.deletingLastPathComponent().appendingPathComponent("shared/testdata")

    /// The bundled example study.
    public static let example = repository.appendingPathComponent("Examples/alliance-study")

    /// A real file under `../shared/testdata/external`.
    public static func external(_ relative: String) -> String {
        external.appendingPathComponent(relative).path
    }

    /// A transcript of the bundled example study (`P01` …).
    public static func exampleTranscript(_ id: String) -> String {
        example.appendingPathComponent("transcripts/\(id).txt").path
    }
}

/// A fresh folder that is removed when the value goes away.
public final class TemporaryFolder: Sendable {
    public let url: URL

    public init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("thematic-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// A path inside the folder.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes bytes to a file in the folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ bytes: some Sequence<UInt8>) throws -> String {
        let path = self.path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Writes UTF-8 text to a file in the folder and returns its path.
    @discardableResult
    public func write(_ name: String, text: String) throws -> String {
        try write(name, Array(text.utf8))
    }
}
