import Foundation
import ThematicExchange

/// The outcome of validating a file against an XML Schema.
public struct SchemaValidation: Sendable {
    /// The schema used: a path, or `built-in thematic-transcript.xsd`.
    public var schema: String
    /// One error per violation, `file:line:column`; empty when the file is valid.
    public var violations: [Diagnostic]
}

extension TranscriptFile {
    /// Validates an XML transcript against an XML Schema, never fetching anything from the network.
    ///
    /// The schema is, in order: `schema` when given; the file named by the document's
    /// `xsi:noNamespaceSchemaLocation`/`xsi:schemaLocation` when that is a local relative path, or a
    /// file of the same name next to the document when it is a URL (ELAN files name
    /// `http://www.mpi.nl/tools/elan/EAFv3.0.xsd`; `EAFv3.0.xsd` beside the `.eaf` is used); the
    /// built-in Thematic transcript schema for documents in `urn:thematic:transcript:1`.
    /// - Throws: ``ThematicError/invalidRequest(_:)`` when no schema can be found,
    ///   ``ThematicError/exchange(_:)`` when a file cannot be read or is not well-formed.
    public static func validate(_ path: String, schema: String? = nil) throws(ThematicError) -> SchemaValidation {
        guard FileManager.default.fileExists(atPath: path) else { throw .parse(.fileNotFound(path: path)) }
        do {
            if let schema {
                return SchemaValidation(schema: schema, violations: try XMLSchemaValidator.validate(fileAt: path, schemaAt: schema))
            }
            let head = (try? FileHandle(forReadingFrom: URL(fileURLWithPath: path)).readData(ofLength: 8192)) ?? Data()
            let text = String(decoding: head, as: UTF8.self)
            if let found = localSchema(namedIn: text, besides: path) {
                return SchemaValidation(schema: found, violations: try XMLSchemaValidator.validate(fileAt: path, schemaAt: found))
            }
            if text.contains(TranscriptXMLWriter.namespace) {
                let document: Data
                do { document = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                    throw ExchangeError.unreadable(path: path, reason: (error as NSError).localizedDescription)
                }
                let violations = try XMLSchemaValidator.validate(document, file: path, schema: Data(ThematicTranscriptSchema.xsd.utf8),
                                                                 schemaFile: "thematic-transcript.xsd")
                return SchemaValidation(schema: "built-in thematic-transcript.xsd", violations: violations)
            }
        } catch let error as ExchangeError {
            throw .exchange(error)
        } catch {
            throw .wrap(error)
        }
        throw .invalidRequest("\(path): no schema to validate against: the file names no local XSD and none lies beside it; give --schema PATH")
    }

    /// The XSD a document names in `xsi:noNamespaceSchemaLocation` or `xsi:schemaLocation`, if it
    /// is on disk: the relative path itself, or for a URL a file of the same name beside the document.
    static func localSchema(namedIn head: String, besides path: String) -> String? {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        for attribute in ["noNamespaceSchemaLocation=", "schemaLocation="] {
            guard let range = head.range(of: attribute), let quote = head[range.upperBound...].first, quote == "\"" || quote == "'" else { continue }
            let rest = head[head.index(after: range.upperBound)...]
            guard let close = rest.firstIndex(of: quote) else { continue }
            // schemaLocation holds "namespace location" pairs: the location is the last word.
            guard let location = rest[..<close].split(separator: " ").last.map(String.init) else { continue }
            let candidates: [URL]
            if location.contains("://") {
                candidates = [folder.appendingPathComponent((location as NSString).lastPathComponent)]
            } else if location.hasPrefix("/") || location.split(separator: "/").contains("..") {
                // Never a schema outside the document's folder: only one of the same name beside it.
                candidates = [folder.appendingPathComponent((location as NSString).lastPathComponent)]
            } else {
                candidates = [folder.appendingPathComponent(location), folder.appendingPathComponent((location as NSString).lastPathComponent)]
            }
            if let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) { return found.path }
        }
        return nil
    }
}
