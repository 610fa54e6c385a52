import Foundation

/// The bundled example study (`Examples/alliance-study`), compiled into the library so that
/// `thematic demo` runs from any folder, with nothing beside the binary.
///
/// The files are generated source (`ExampleStudy+Files.swift`, by
/// `Scripts/embed-example-study.swift`); a test fails while they differ from `Examples/`.
public enum ExampleStudy {
    /// One embedded file.
    struct Entry: Sendable {
        var path: String
        var data: Data

        init(path: String, text: String) {
            self.path = path
            self.data = Data(text.utf8)
        }

        init(path: String, base64: String) {
            self.path = path
            self.data = Data(base64Encoded: base64) ?? Data()
        }
    }

    /// The folder name the study is written under.
    public static let folderName = "alliance-study"

    /// Each file's path inside the study's folder (`transcripts/P01.txt`) and its bytes, in path order.
    public static var files: [(path: String, data: Data)] { entries.map { ($0.path, $0.data) } }

    /// Writes the study into `folder` (creating it and its subfolders) and returns the folder.
    /// - Throws: ``ThematicError/invalidRequest(_:)`` when a file cannot be written.
    @discardableResult
    public static func write(to folder: String) throws(ThematicError) -> String {
        do {
            for entry in entries {
                let url = URL(fileURLWithPath: folder).appendingPathComponent(entry.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try entry.data.write(to: url, options: .atomic)
            }
        } catch {
            throw .invalidRequest("cannot write the example study to \(folder): \(error.localizedDescription)")
        }
        return folder
    }
}
