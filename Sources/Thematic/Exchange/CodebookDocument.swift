import Foundation
import ThematicExchange
import ThematicModel

/// The forms a codebook is exported in: `thematic export codebook --format …`.
public enum CodebookDocumentFormat: String, Sendable, CaseIterable {
    /// REFI-QDA codebook (`urn:QDA-XML:codebook:1.0`), for NVivo, ATLAS.ti, MAXQDA, QualCoder.
    case qdc
    /// One code a row, as `codebook import` reads it.
    case csv
    /// Thematic's codebook file, as `codebook import` reads it.
    case yaml
    /// The codebook as JSON, for scripts.
    case json
    /// A codebook document for people (MacQueen et al. 1998), with counts.
    case md

    /// The usual file extension.
    public var fileExtension: String { rawValue }
}

extension Project {
    /// The codebook as a document in one of the ``CodebookDocumentFormat``s.
    /// - Returns: the bytes, and what the format could not carry.
    public func codebookDocument(_ format: CodebookDocumentFormat) throws(ThematicError) -> (data: Data, warnings: [String]) {
        if format == .qdc {
            let (data, report) = try refiCodebook()
            return (data, report.warnings)
        }
        let (codebook, usage) = try read { session in (try session.codebook(), try session.codeUsage()) }
        switch format {
        case .qdc:
            return (Data(), [])
        case .csv:
            var warnings: [String] = []
            if !codebook.themes.isEmpty { warnings.append("CSV has no place for the \(codebook.themes.count) themes: use yaml or qdc") }
            if !codebook.rules.isEmpty { warnings.append("CSV has no place for the \(codebook.rules.count) auto-coding rules: use yaml") }
            return (Data(CSVCodebookWriter().text(codebook).utf8), warnings)
        case .yaml:
            return (Data(try codebookYAML(codebook).utf8), [])
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            do {
                return (try encoder.encode(codebook) + Data("\n".utf8), [])
            } catch {
                throw .invalidRequest("the codebook cannot be written as JSON: \(error)")
            }
        case .md:
            let counts = usage.mapValues { CodebookMarkdownWriter.Usage(codings: $0.codings, sources: $0.sources) }
            return (Data(CodebookMarkdownWriter().text(codebook, usage: counts).utf8), [])
        }
    }
}
