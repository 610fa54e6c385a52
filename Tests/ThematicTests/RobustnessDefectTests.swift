import Foundation
import Testing
import Thematic
import ThematicTestSupport

/// Regression tests for the defects of issue 13 that live in the project layer: codebook imports
/// that move a parent (13.3), source ids (13.5), errors that were swallowed (13.6), and `doctor`.
@Suite("Robustness defects")
struct RobustnessDefectTests {
    static let guid = "6A1B2C3D-4E5F-4061-8293-A4B5C6D7E8F9"

    /// A project with P01, a codebook `alpha` (guid fixed) with `alpha/child`, and one coding on the child.
    static func project(_ folder: TemporaryFolder) throws -> Project {
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        _ = try project.ingest([TestPaths.exampleTranscript("P01")])
        let yaml = try folder.write("c1.yaml", text: """
            version: 1
            codes:
              - id: alpha
                name: Alpha
                guid: \(guid)
                children:
                  - id: child
                    name: Child
                    children:
                      - id: grandchild
                        name: Grandchild
            themes:
              - id: t
                name: T
                codes: [alpha/child]
            """)
        _ = try project.importCodebook(from: yaml)
        _ = try project.code("P01:12", with: ["alpha/child"])
        return project
    }

    @Test("13.3: renaming a parent in an imported codebook carries the children it does not mention")
    func renameCarriesSubtree() throws {
        let folder = TemporaryFolder()
        let project = try RobustnessDefectTests.project(folder)
        let renamed = try folder.write("c2.yaml", text: """
            version: 1
            codes:
              - id: beta
                name: Beta
                guid: \(RobustnessDefectTests.guid)
            """)
        let merge = try project.importCodebook(from: renamed)
        #expect(Set(merge.renamed.map(\.to)) == ["beta", "beta/child", "beta/child/grandchild"])
        let codebook = try project.codebook()
        #expect(codebook.codes.map(\.id).sorted() == ["beta", "beta/child", "beta/child/grandchild"])
        try codebook.validate()
        #expect(codebook.themes.first?.codeIDs == ["beta/child"])
        #expect(try project.query("beta/child", options: QueryOptions()).count == 1)
        let yaml = try codebookYAML(codebook)
        #expect(yaml.contains("id: grandchild"))
        #expect(try project.doctor().findings.isEmpty)
    }

    @Test("13.3: a moved parent whose children the file lists without guids keeps the children's identity")
    func moveWithListedChildren() throws {
        let folder = TemporaryFolder()
        let project = try RobustnessDefectTests.project(folder)
        let guidBefore = try #require(try project.codebook().code(id: "alpha/child")?.guid)
        let moved = try folder.write("c3.yaml", text: """
            version: 1
            codes:
              - id: top
                name: Top
                children:
                  - id: beta
                    name: Beta
                    guid: \(RobustnessDefectTests.guid)
                    children:
                      - id: child
                        name: Child
            """)
        _ = try project.importCodebook(from: moved)
        let codebook = try project.codebook()
        #expect(codebook.code(id: "top/beta/child")?.guid == guidBefore)
        #expect(codebook.code(id: "top/beta/child/grandchild") != nil)
        #expect(try project.codingCounts()["top/beta/child"] == 1)
    }

    @Test("13.3: an import whose result would be broken (two codes on one id) is refused, nothing changed")
    func brokenMergeIsRefused() throws {
        let folder = TemporaryFolder()
        let project = try RobustnessDefectTests.project(folder)
        _ = try project.importCodebook(from: try folder.write("extra.yaml", text: "version: 1\ncodes:\n  - id: beta\n    name: Beta\n"))
        let before = try project.codebook()
        // `alpha` renamed to `beta` (its guid), while the stored `beta` the file does not mention stays: two codes on one id.
        let clash = try folder.write("c4.yaml", text: """
            version: 1
            codes:
              - id: beta
                name: Beta
                guid: \(RobustnessDefectTests.guid)
            """)
        #expect(throws: (any Error).self) { try project.importCodebook(from: clash) }
        #expect(try project.codebook() == before)
    }

    @Test("13.5: a source id that cannot be referenced again is refused", arguments: ["P 01", "P01:2", "P@1", "", "-x", "a/b", String(repeating: "x", count: 65)])
    func sourceIDs(id: String) throws {
        let folder = TemporaryFolder()
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        var options = IngestOptions()
        options.parser.sourceID = id
        #expect(throws: ThematicError.self) { try project.ingest([TestPaths.exampleTranscript("P01")], options: options) }
        let xml = try folder.write("t.xml", text: """
            <?xml version="1.0"?>
            <transcript xmlns="urn:thematic:transcript:1" id="\(id)"><speakers><speaker id="A"/></speakers>
            <utterances><u speaker="A">hello</u></utterances></transcript>
            """)
        do {
            _ = try project.ingest([xml])
            Issue.record("id '\(id)' in Thematic XML was accepted")
        } catch {
            #expect(error.description.contains("t.xml:2:"), "\(error.description)")
        }
        #expect(try project.sources().isEmpty)
    }

    @Test("13.6: a stored date, identity or guid that does not read back is an error, not 1970 or a new identity",
          arguments: ["UPDATE codings SET created_at = 'yesterday'", "UPDATE codings SET id = 'not-a-uuid'",
                      "UPDATE codes SET guid = 'nope' WHERE id = 'alpha'", "UPDATE source_revisions SET ingested_at = 'x'"])
    func unreadableValues(sql: String) throws {
        let folder = TemporaryFolder()
        let path: String
        do {
            let project = try RobustnessDefectTests.project(folder)
            path = project.path
        }
        try ProjectSnapshot.execute(path, "DROP TRIGGER IF EXISTS source_revisions_immutable; \(sql)")
        let project = try Project.open(at: path)
        var failures = 0
        for read in [{ _ = try project.codebook() }, { _ = try project.sources() }, { _ = try project.revisions(of: "P01") },
                     { _ = try project.query("alpha", options: QueryOptions()) }] as [() throws -> Void] {
            do { try read() } catch {
                failures += 1
                #expect(error.localizedDescription.isEmpty == false)
                #expect("\(error)".contains("damaged"), "\(error)")
            }
        }
        #expect(failures >= 1)
        let report = try project.doctor()
        #expect(report.findings.contains { $0.kind == .unreadableValue })
    }

    @Test("doctor: a healthy project is ok; orphans, misplaced codes and bad spans are found; --repair fixes the safe ones in one event")
    func doctor() throws {
        let folder = TemporaryFolder()
        let path: String
        do {
            let project = try RobustnessDefectTests.project(folder)
            #expect(try project.doctor().findings.isEmpty)
            _ = try project.addMemo(about: .code(id: "alpha/child"), text: "about the child")
            path = project.path
        }
        // Damage as the old import bug and a careless hand edit would: a child left on its old id,
        // a memo on a code that is gone, a coding past the end of its text.
        try ProjectSnapshot.execute(path, """
            UPDATE codes SET id = 'gone/child', parent_id = 'alpha' WHERE id = 'alpha/child';
            UPDATE memos SET target_id = 'nowhere' WHERE target_kind = 'code';
            UPDATE codings SET end_offset = 999999;
            """)
        let project = try Project.open(at: path, actor: "anna")
        let report = try project.doctor()
        let kinds = Set(report.findings.map(\.kind))
        #expect(kinds.isSuperset(of: [.misplacedCode, .orphanMemo, .spanOutsideText]), "\(report.findings)")
        let events = try project.events().count
        let repaired = try project.repair()
        #expect(repaired.repaired.count >= 2)
        #expect(try project.events().count == events + 1)
        #expect(try project.codebook().code(id: "alpha/child") != nil)
        #expect(Set(repaired.findings.map(\.kind)) == [.spanOutsideText])
        #expect(try project.repair().repaired.isEmpty)
        #expect(try project.events().count == events + 1)
    }

    @Test("doctor and doctor --repair on the command line: exit 1 when damaged, 0 when sound, JSON for scripts")
    func doctorCommand() throws {
        let folder = TemporaryFolder()
        let path = try RobustnessDefectTests.project(folder).path
        let healthy = try CommandLineRun(["doctor", "--project", path])
        #expect(healthy.status == 0)
        #expect(healthy.stderr.contains("ok"))
        try ProjectSnapshot.execute(path, "INSERT INTO memos (id, target_kind, target_id, author, text, created_at) "
                                    + "VALUES ('\(UUID().uuidString)', 'coding', 'gone', 'anna', 'keep me', '2026-01-01T00:00:00.000Z')")
        let damaged = try CommandLineRun(["doctor", "--project", path, "--format", "json"])
        #expect(damaged.status == 1)
        let json = try #require(try damaged.json() as? [String: Any])
        #expect((json["findings"] as? [[String: Any]])?.first?["kind"] as? String == "orphan-memo")
        let repair = try CommandLineRun(["doctor", "--project", path, "--repair"])
        #expect(repair.status == 0, "\(repair.stdout) \(repair.stderr)")
        #expect(repair.stdout.contains("repaired: memo"))
        #expect(try CommandLineRun(["log", "--project", path]).stdout.contains("doctor --repair"))
        #expect(try CommandLineRun(["doctor", "--help"]).status == 0)
    }
}
