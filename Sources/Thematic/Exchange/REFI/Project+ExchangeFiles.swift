import Foundation
import ThematicExchange

extension Project {
    /// Writes the codebook as `<name>.qdc` and the project as `<name>.qdpx` into a folder, both
    /// validated against the REFI-QDA schemas: what `thematic demo` ends with.
    /// - Returns: the two paths.
    public func writeExchangeFiles(into folder: String, named name: String) throws(ThematicError) -> [String] {
        let codebookPath = (folder as NSString).appendingPathComponent("\(name).qdc")
        let projectPath = (folder as NSString).appendingPathComponent("\(name).qdpx")
        let (data, _) = try refiCodebook()
        do {
            try data.write(to: URL(fileURLWithPath: codebookPath), options: .atomic)
        } catch {
            throw .exchange(.unreadable(path: codebookPath, reason: "cannot be written: \(error.localizedDescription)"))
        }
        _ = try exportREFIProject(to: projectPath)
        return [codebookPath, projectPath]
    }
}
