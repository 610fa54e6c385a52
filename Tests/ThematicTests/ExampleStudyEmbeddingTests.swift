import Foundation
import Testing
import Thematic
import ThematicTestSupport

/// The example study is compiled into the binary (`thematic demo` runs anywhere); this keeps the
/// compiled copy identical to `Examples/alliance-study`.
@Suite("The example study built into the binary")
struct ExampleStudyEmbeddingTests {
    /// Every file of the example folder (hidden files aside), by relative path.
    static func filesOnDisk() throws -> [String: Data] {
        let root = TestPaths.example
        var files: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: root.path))
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                  FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory),
                  !isDirectory.boolValue else { continue }
            files[path] = try Data(contentsOf: root.appendingPathComponent(path))
        }
        return files
    }

    @Test("the built-in copy is byte for byte Examples/alliance-study (else run: swift Scripts/embed-example-study.swift)")
    func identical() throws {
        let onDisk = try ExampleStudyEmbeddingTests.filesOnDisk()
        let embedded = Dictionary(ExampleStudy.files.map { ($0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
        #expect(embedded.count == ExampleStudy.files.count, "a path is embedded twice")
        #expect(Set(embedded.keys) == Set(onDisk.keys), "files differ: run swift Scripts/embed-example-study.swift")
        for (path, data) in onDisk {
            #expect(embedded[path] == data, "\(path) differs: run swift Scripts/embed-example-study.swift")
        }
        #expect(onDisk.keys.contains("codebook.yaml") && onDisk.keys.contains("transcripts/P01.txt"))
    }

    @Test("written out, it is a study the demo can run")
    func writtenOut() throws {
        let folder = TemporaryFolder()
        let study = try ExampleStudy.write(to: folder.path("example"))
        let located = DemoRun.locateExample(explicit: study, executablePath: "/nonexistent/thematic")
        #expect(located == study)
        let report = try DemoRun(exampleDirectory: study, outputDirectory: folder.path("out")).run()
        #expect(report.sources.count == 6)
        #expect(FileManager.default.fileExists(atPath: report.reportPath))
    }
}
