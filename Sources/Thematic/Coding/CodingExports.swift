import ThematicCoding
import ThematicExchange

// The coding types a front end needs, re-exported so it depends on `Thematic` alone.
public typealias CodingMatrix = ThematicCoding.CodingMatrix
public typealias CodeFrequency = ThematicCoding.CodeFrequency
public typealias Retrieval = ThematicCoding.Retrieval
public typealias CodingError = ThematicCoding.CodingError
public typealias CodebookMerge = ThematicCoding.CodebookMerge
public typealias CodebookOutline = ThematicCoding.CodebookOutline
public typealias CodingNote = ThematicCoding.CodingNote
public typealias NearestNames = ThematicCoding.NearestNames

/// CSV text for data printed on stdout: no byte-order mark, CRLF line ends, RFC 4180 quoting.
public func csvText(header: [String], rows: [[String]]) -> String {
    CSVWriter(byteOrderMark: false).text(header: header, rows: rows)
}

/// One CSV row with its CRLF, quoted as ``csvText(header:rows:)`` quotes: for output written row by row.
public func csvRow(_ fields: [String]) -> String {
    fields.map(CSVWriter.field).joined(separator: ",") + "\r\n"
}

/// The codebook as Thematic's YAML codebook format (version 1), readable by `codebook import`.
public func codebookYAML(_ codebook: Codebook) throws(ThematicError) -> String {
    do {
        return try YAMLCodebookWriter().text(codebook)
    } catch {
        throw .exchange(error)
    }
}
