import Foundation
import ThematicExchange
import ThematicModel
import ThematicStore

extension Project {
    /// The project's codebook as a REFI-QDA codebook (`.qdc`), validated against `Codebook.xsd`.
    /// - Returns: the document's bytes and what it could not carry.
    public func refiCodebook() throws(ThematicError) -> (data: Data, report: REFIExportReport) {
        let (document, _, report) = try read { session in try REFIExportBuilder(session: session, dialect: .spec, kind: .codebook).build() }
        let data = try Project.validatedREFI(document)
        return (data, report)
    }

    /// Writes the project as a REFI-QDA project archive (`.qdpx`): `project.qde` plus each
    /// source's canonical text as `sources/<guid>.txt`.
    ///
    /// The document is validated against `Project.xsd` before anything is written; the archive is
    /// written under a temporary name and moved into place.
    /// - Parameters:
    ///   - path: the `.qdpx` to write (replaced if it exists).
    ///   - dialect: how positions are counted for the program that will read it (``REFIDialect``).
    public func exportREFIProject(to path: String, dialect: REFIDialect = .spec) throws(ThematicError) -> REFIExportReport {
        var (document, texts, report) = try read { session in try REFIExportBuilder(session: session, dialect: dialect, kind: .project).build() }
        report.path = path
        document.creationDateTime = Date()
        let data = try Project.validatedREFI(document)
        do {
            try QDPXArchive.write(projectDocument: data, texts: texts, to: path)
        } catch {
            throw .exchange(error)
        }
        return report
    }

    /// The document as XML, refused unless it satisfies its REFI-QDA schema.
    static func validatedREFI(_ document: REFIDocument) throws(ThematicError) -> Data {
        do {
            let data = try REFIXMLWriter.data(document)
            let (schema, name) = document.kind == .codebook ? (REFISchemas.codebook, "Codebook.xsd") : (REFISchemas.project, "Project.xsd")
            let file = document.kind == .codebook ? "codebook.qdc" : "project.qde"
            let violations = try XMLSchemaValidator.validate(data, file: file, schema: Data(schema.utf8), schemaFile: name)
            guard violations.isEmpty else {
                throw ThematicError.invalidRequest("the REFI-QDA document does not satisfy \(name), so nothing was written:\n"
                                                   + violations.map(\.description).joined(separator: "\n"))
            }
            return data
        } catch let error as ExchangeError {
            throw .exchange(error)
        } catch {
            throw ThematicError.wrap(error)
        }
    }
}
