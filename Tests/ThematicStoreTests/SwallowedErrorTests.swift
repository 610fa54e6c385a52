import Foundation
import Testing
import ThematicModel
@testable import ThematicStore
import ThematicTestSupport

/// Issue 13.6 in the store: an event whose details do not encode is an error that rolls the change
/// back — never an event with `{}` — and stored values that do not read back are reported.
@Suite("Errors the store no longer swallows")
struct SwallowedErrorTests {
    @Test("an event payload that cannot be encoded (NaN) fails the change; nothing is kept")
    func payloadEncodingFails() throws {
        let folder = TemporaryFolder()
        let store = try ProjectStore.create(at: folder.path("s.thematic"), name: "s", actor: "anna")
        let draft = EventDraft(summary: "bad", payload: ["value": Double.nan])
        #expect(draft.encodingFailure != nil)
        #expect(throws: (any Error).self) {
            try store.change(actor: "anna", command: "memo add") { session -> (Void, EventDraft?) in
                try session.setSetting("name", to: "changed")
                return ((), draft)
            }
        }
        #expect(try store.read { try $0.setting("name") } == "s")
        #expect(try store.read { try $0.events() }.count == 1)
    }

    @Test("stored dates and identities that do not parse are damage, named by table and column")
    func storedValues() {
        #expect(throws: StoreError.damaged(table: "events", column: "at", value: "yesterday")) {
            try StoreDate.date("yesterday", table: "events", column: "at")
        }
        #expect(throws: StoreError.damaged(table: "codes", column: "guid", value: "x")) {
            try StoreDate.uuid("x", table: "codes", column: "guid")
        }
        #expect(StoreError.damaged(table: "codes", column: "guid", value: "x").description.contains("thematic doctor"))
    }
}
