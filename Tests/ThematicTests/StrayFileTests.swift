import Foundation
import Testing
import Thematic
import ThematicTestSupport

/// A file that is not a transcript must not be ingested as one by mistake, and no real
/// transcript may be refused as a stray file.
@Suite("Stray files are not taken for transcripts")
struct StrayFileTests {
    static let refusal = "does not look like a transcript"

    /// Every dialogue-text file of the shared real test data, and the example study's transcripts.
    static let transcripts: [String] = {
        let root = TestPaths.external.appendingPathComponent("plaintext")
        let files = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
            .filter { ["txt", "md", "tsv"].contains(($0 as NSString).pathExtension.lowercased()) && !$0.hasSuffix("SOURCES.md") }
            .map { root.appendingPathComponent($0).path }
        return files.sorted() + (1...6).map { TestPaths.exampleTranscript(String(format: "P%02d", $0)) }
    }()

    @Test("real transcripts are never refused as stray files", arguments: transcripts)
    func realTranscript(path: String) throws {
        let folder = TemporaryFolder()
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        do {
            _ = try project.ingest([path])
        } catch {
            // Some shared files are deliberately bad; they may fail, but not as stray files.
            #expect(!error.description.contains(StrayFileTests.refusal), "\(error.description)")
        }
    }

    @Test("a README, the coding guide and the example's README are refused, and nothing is stored",
          arguments: ["README.md", "docs/coding.md", "Examples/alliance-study/README.md"])
    func strayFile(relative: String) throws {
        let folder = TemporaryFolder()
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        let path = TestPaths.repository.appendingPathComponent(relative).path
        do {
            _ = try project.ingest([path])
            Issue.record("\(relative) was ingested as a transcript")
        } catch {
            #expect(error.description.contains(StrayFileTests.refusal), "\(error.description)")
            #expect(error.description.contains("\(path):"), "the error names the file and line")
        }
        #expect(try project.sources().isEmpty)
        var options = IngestOptions()
        options.force = true
        #expect(try project.ingest([path], options: options).ingested.count == 1)
    }
}
