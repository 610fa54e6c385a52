import Foundation
import ThematicModel
import Yams

/// Reading a YAML file into a node tree, with errors located in the file: shared by the
/// codebook and rules readers.
enum YAMLFile {
    /// The file's text.
    static func text(contentsOf path: String) throws(ExchangeError) -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// The node tree of YAML text (`nil` for an empty document).
    static func compose(_ yaml: String, file: String) throws(ExchangeError) -> Node? {
        do {
            return try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw YAMLCodebookReader.malformed(error, file: file)
        } catch {
            throw .malformed(message: "\(error)", at: SourceLocation(file: file, line: 1))
        }
    }
}
