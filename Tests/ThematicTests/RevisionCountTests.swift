import Foundation
import Testing
import Thematic
import ThematicTestSupport

/// Counts describe what queries see: the current revision of each source.
@Suite("Counts use only current revisions")
struct RevisionCountTests {
    @Test("a coding left on an old revision is not counted by status, the checklist or codebook show")
    func leftBehindNotCounted() throws {
        let folder = TemporaryFolder()
        let project = try Project.create(at: folder.path("c.thematic"), actor: "anna")
        let first = "---\nid: T1\n---\n\nA: Keep this line.\n\nB: This whole line goes away.\n"
        _ = try project.ingest([try folder.write("T1.txt", text: first)])
        _ = try project.importCodebook(from: TestPaths.example.appendingPathComponent("codebook.yaml").path)
        _ = try project.code("T1:2", with: ["trust"], memo: "about the line that goes")
        #expect(try project.status().counts.codings == 1)
        #expect(try project.status().counts.memos == 1)

        let report = try project.ingest([try folder.write("T1-v2.txt", text: "---\nid: T1\n---\n\nA: Keep this line.\n")])
        #expect(report.ingested.first?.reanchoring?.lost.count == 1)
        let counts = try project.status().counts
        #expect(counts.codings == 0)
        #expect(counts.codedSources == 0)
        #expect(counts.memos == 0)
        #expect(try project.codingCounts()["alliance/bond/trust"] == nil)
        // Still kept, and listed, on revision 1.
        #expect(try project.history(of: "T1").leftBehind.count == 1)
        // Deleting the code still counts every coding that would go, old revisions included.
        #expect(throws: ThematicError.self) { try project.deleteCode("alliance/bond/trust") }
    }
}
