import Foundation
import GRDB
import Testing
import ThematicModel
@testable import ThematicStore
import ThematicTestSupport

@Suite("The project file")
struct ProjectStoreTests {
    private func sampleTranscript(id: String = "P01", sha: String = "abc") -> Transcript {
        let text = "Interviewer: Wie geht's? 🙂\nP01: 好, danke.\n"
        return Transcript(
            id: id, title: "Sample", text: text,
            speakers: [Speaker(id: "Interviewer", name: "Interviewer", role: .interviewer),
                       Speaker(id: "P01", name: "P01", role: .participant)],
            utterances: [
                Utterance(speakerID: "Interviewer", span: TextSpan(start: 13, end: 27), labelSpan: TextSpan(start: 0, end: 11),
                          start: Timecode(milliseconds: 0), end: Timecode(milliseconds: 2500),
                          location: SourceLocation(file: "s.txt", line: 1, column: 1)),
                Utterance(speakerID: "P01", span: TextSpan(start: 33, end: 41), labelSpan: TextSpan(start: 28, end: 31),
                          location: SourceLocation(file: "s.txt", line: 3, column: 2)),
            ],
            annotations: [Annotation(kind: "event", text: "laughs", utteranceIndex: 1)],
            metadata: ["participant": "P01"],
            origin: TranscriptOrigin(format: .plainText, fileName: "s.txt", sha256: sha))
    }

    @Test("a created project opens again, with its first event and settings")
    func createAndOpen() throws {
        let folder = TemporaryFolder()
        let path = folder.path("study.thematic")
        _ = try ProjectStore.create(at: path, name: "Study", actor: "anna")
        let store = try ProjectStore.open(at: path)
        let (events, phase, name) = try store.read { (try $0.events(), try $0.phase(), try $0.setting("name")) }
        #expect(events.map(\.command) == ["init"])
        #expect(events.first?.actor == "anna")
        #expect(phase == .familiarising)
        #expect(name == "Study")
        #expect(throws: StoreError.projectExists(path: path)) { try ProjectStore.create(at: path, name: "Again", actor: "anna") }
    }

    @Test("a transcript round-trips exactly through the store")
    func transcriptRoundTrip() throws {
        let folder = TemporaryFolder()
        let store = try ProjectStore.create(at: folder.path("s.thematic"), name: "S", actor: "anna")
        let transcript = sampleTranscript()
        try store.change(actor: "anna", command: "ingest") { session in
            (try session.insertSource(transcript, actor: "anna"), EventDraft(summary: "ingested P01", payload: ["id": "P01"]))
        }
        let stored = try store.read { try $0.transcript(id: "P01") }
        #expect(stored == transcript)
        let summary = try store.read { try $0.sourceSummaries() }
        #expect(summary.map(\.id) == ["P01"])
        #expect(summary.first?.speakers == ["Interviewer", "P01"])
        #expect(summary.first?.duration == Timecode(milliseconds: 2500))
        #expect(summary.first?.wordCount == 5)
    }

    @Test("a failed change keeps nothing, not even its event")
    func rollback() throws {
        struct Boom: Error {}
        let folder = TemporaryFolder()
        let store = try ProjectStore.create(at: folder.path("s.thematic"), name: "S", actor: "anna")
        #expect(throws: Boom.self) {
            try store.change(actor: "anna", command: "ingest") { session -> (Void, EventDraft?) in
                try session.insertSource(sampleTranscript(), actor: "anna")
                throw Boom()
            }
        }
        #expect(try store.read { try $0.sourceSummaries() }.isEmpty)
        #expect(try store.read { try $0.events() }.count == 1)
    }

    @Test("the audit trail and ingested revisions cannot be rewritten")
    func appendOnly() throws {
        let folder = TemporaryFolder()
        let path = folder.path("s.thematic")
        let store = try ProjectStore.create(at: path, name: "S", actor: "anna")
        try store.change(actor: "anna", command: "ingest") { session in
            (try session.insertSource(sampleTranscript(), actor: "anna"), EventDraft(summary: "x", payload: [String: String]()))
        }
        let queue = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE events SET actor = 'eve'") } }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM events") } }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE source_revisions SET text = 'x'") } }
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM events") } == 2)
    }

    @Test("files that are not Thematic projects are refused with a reason")
    func notAProject() throws {
        let folder = TemporaryFolder()
        let text = try folder.write("notes.thematic", text: "just some notes\n")
        #expect(throws: StoreError.notAProject(path: text, reason: "it is not an SQLite database")) {
            try ProjectStore.open(at: text)
        }
        let other = folder.path("other.sqlite")
        try DatabaseQueue(path: other).write { try $0.execute(sql: "CREATE TABLE t (x)") }
        #expect(throws: StoreError.notAProject(path: other, reason: "an SQLite database of another application")) {
            try ProjectStore.open(at: other)
        }
        #expect(throws: StoreError.projectNotFound(path: folder.path("missing.thematic"))) {
            try ProjectStore.open(at: folder.path("missing.thematic"))
        }
        #expect(throws: StoreError.notAProject(path: folder.url.path, reason: "it is a directory")) {
            try ProjectStore.open(at: folder.url.path)
        }
    }

    @Test("a project from a newer Thematic is refused, not damaged")
    func newerSchema() throws {
        let folder = TemporaryFolder()
        let path = folder.path("new.thematic")
        _ = try ProjectStore.create(at: path, name: "S", actor: "anna")
        try DatabaseQueue(path: path).write {
            try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')")
        }
        #expect(throws: StoreError.newerSchema(path: path, unknownMigrations: ["v9-from-the-future"])) {
            try ProjectStore.open(at: path)
        }
    }
}
