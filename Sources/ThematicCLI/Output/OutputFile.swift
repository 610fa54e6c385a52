import ArgumentParser
import Foundation

/// Writing a command's data to a file or stdout.
enum OutputFile {
    /// Writes `data` to `path` (atomically), or to stdout when `path` is `nil`.
    static func write(_ data: Data, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            Console.error("\(path): error: cannot be written: \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
