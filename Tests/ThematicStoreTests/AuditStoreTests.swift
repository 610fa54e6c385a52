import Foundation
import GRDB
import Testing
import ThematicModel
import ThematicStore
import ThematicTestSupport

@Suite("Themes and snapshots in the project file")
struct AuditStoreTests {
    @Test("themes keep status, scope note, parent and exemplars; a subtheme listed before its parent is stored")
    func themesRoundTrip() throws {
        let folder = TemporaryFolder()
        let store = try ProjectStore.create(at: folder.path("s.thematic"), name: "S", actor: "anna")
        let exemplar = Exemplar(sourceID: "P01", revision: 2, span: TextSpan(start: 5, end: 17), codingID: UUID(), quote: "a “quote” 🙏🏽")
        let themes = [Theme(id: "child", name: "Child", definition: "D", scopeNote: "S", status: .reviewed, parentID: "parent",
                            exemplars: [exemplar]),
                      Theme(id: "parent", name: "Parent", status: .defined)]
        try store.change(actor: "anna", command: "test") { session in
            try session.insertCode(Code(id: "a", name: "A"), position: 0)
            try session.replaceThemes(themes)
            return ((), EventDraft(summary: "themes", payload: [String: String]()))
        }
        let stored = try store.read { try $0.codebook().themes }
        #expect(stored == themes)
    }

    @Test("snapshots cannot be changed or deleted")
    func snapshotsImmutable() throws {
        let folder = TemporaryFolder()
        let path = folder.path("s.thematic")
        let store = try ProjectStore.create(at: path, name: "S", actor: "anna")
        try store.change(actor: "anna", command: "audit snapshot") { session in
            try session.insertSnapshot(name: "one", actor: "anna", reason: "test", content: "{}")
            return ((), EventDraft(summary: "snapshot", payload: [String: String]()))
        }
        #expect(try store.read { try $0.snapshotList().map(\.name) } == ["one"])
        #expect(try store.read { try $0.snapshotContent(name: "one") } == "{}")
        let queue = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE snapshots SET name = 'x'") } }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM snapshots") } }
        #expect(throws: DatabaseError.self) {
            try queue.write { try $0.execute(sql: "INSERT INTO snapshots (name, taken_at, actor, phase, reason, content) VALUES ('one', '', '', 1, '', '{}')") }
        }
    }
}
