import Foundation
import ThematicExchange
import ThematicModel
import ThematicStore

extension Project {
    /// Reads a cases table (see ``CaseTableReader``) and stores its cases, replacing the sources and
    /// attributes of cases already stored.
    /// - Throws: ``ThematicError/exchange(_:)`` for a malformed file, ``ThematicError/notFound(kind:id:)``
    ///   when a case names a source the project lacks; nothing is changed then.
    public func importCases(from path: String) throws(ThematicError) -> [StudyCase] {
        let cases: [StudyCase]
        do {
            cases = try CaseTableReader().read(contentsOf: path)
        } catch {
            throw .exchange(error)
        }
        return try change("cases import") { session in
            let stored = try session.cases()
            for studyCase in cases {
                for source in studyCase.sourceIDs where !(try session.sourceExists(source)) {
                    throw ThematicError.invalidRequest("\(path): case '\(studyCase.id)' names source '\(source)', which is not in this project; ingest it first")
                }
            }
            let unchanged = cases.allSatisfy { new in stored.contains { $0 == new } }
            guard !unchanged else { return (cases, nil) }
            var position = stored.count
            for studyCase in cases {
                let existing = stored.firstIndex { $0.id == studyCase.id }
                try session.saveCase(studyCase, position: existing ?? position)
                if existing == nil { position += 1 }
            }
            let attributes = Array(Set(cases.flatMap { $0.attributes.map(\.name) })).sorted()
            return (cases, EventDraft(summary: "imported \(cases.count) cases from \((path as NSString).lastPathComponent)",
                                      payload: ["file": path, "cases": cases.map(\.id).joined(separator: ","),
                                                "attributes": attributes.joined(separator: ",")]))
        }
    }

    /// Every case with its sources and attributes.
    public func cases() throws(ThematicError) -> [StudyCase] {
        try read { try $0.cases() }
    }
}
