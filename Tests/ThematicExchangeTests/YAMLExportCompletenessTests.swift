import Foundation
import Testing
import ThematicExchange
import ThematicModel

@Suite("YAML codebook export never drops a code")
struct YAMLExportCompletenessTests {
    @Test("a code whose parent is missing makes the export an error naming it, not a shorter codebook")
    func orphanIsAnError() {
        let codebook = Codebook(codes: [Code(id: "beta", name: "Beta"), Code(id: "alpha/child", name: "Child")])
        do {
            _ = try YAMLCodebookWriter().text(codebook)
            Issue.record("the export left out alpha/child")
        } catch {
            #expect(error.description.contains("'alpha/child'"))
            #expect(error.description.contains("doctor --repair"))
        }
        #expect((try? YAMLCodebookWriter().text(Codebook(codes: [Code(id: "beta", name: "Beta")]))) != nil)
    }
}
