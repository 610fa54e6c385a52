import Foundation
import ThematicModel
import ThematicTestSupport
@testable import ThematicParsers

/// Real files written by others, read in place from `../shared/testdata/external/`.
enum ExternalFiles {
    static func path(_ relative: String) -> String { TestPaths.external(relative) }

    /// Parses a file as `thematic parse` does.
    static func parse(_ relative: String, options: ParserOptions = ParserOptions()) throws -> ParseResult {
        try TranscriptReader().read(contentsOf: path(relative), options: options)
    }

    /// Every file of a folder with one of the extensions.
    static func files(in folder: String, extensions: Set<String>) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path(folder))) ?? []
        return names.filter { extensions.contains(($0 as NSString).pathExtension) }.sorted().map { "\(folder)/\($0)" }
    }
}

extension Transcript {
    /// The content of an utterance, without its label.
    func content(_ index: Int) -> String {
        String(TextIndex(text).slice(utterances[index].span))
    }
}
