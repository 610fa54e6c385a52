import Foundation
import ThematicModel
import ZIPFoundation

/// Reads Word transcripts (`.docx`): the archive is opened in memory with ZIPFoundation and
/// `word/document.xml` read with the module's safe XML reader.
///
/// - Paragraphs follow the plain-text rules (``TurnLine``): `Name: text`, optionally after a
///   `[hh:mm:ss]` time; other paragraphs continue the current turn.
/// - Tables of 2–3 columns, as NVivo and MAXQDA users lay out transcripts, give one turn a row:
///   speaker | text, or with a time column first or last (`00:01:23`, `[00:01:23]`); a first row of
///   column headings (Speaker, Text, Time …) is skipped.
/// - A turn with a time ends where the next timed turn starts.
public struct DocxParser: TranscriptParser {
    public static let format = TranscriptFormat.docx

    public init() {}

    public func parse(_ input: ParserInput, options: ParserOptions) throws(ParseError) -> ParseResult {
        let xml = try DocxParser.documentXML(input, maximumSize: options.limits.maximumArchiveSize)
        let document = try DocxDocument(xml: ParserInput(file: "\(input.file)!word/document.xml", bytes: xml))
        var builder = TranscriptBuilder(file: input.file, roles: options.roles)
        var known = Set<String>()
        for block in document.blocks {
            switch block {
            case .paragraph(let text, let location):
                readParagraph(text, at: location, known: &known, into: &builder)
            case .table(let rows, let locations):
                for (index, row) in rows.enumerated() {
                    readRow(row, isFirst: index == 0, at: locations[index], known: &known, into: &builder)
                }
            }
        }
        let transcript = builder.build(id: XMLText.defaultID(input), title: input.stem, metadata: [:],
                                       origin: TranscriptOrigin(format: .docx, fileName: input.file, sha256: ""),
                                       inferEnds: true)
        return ParseResult(transcript: transcript, warnings: builder.warnings)
    }

    /// The bytes of `word/document.xml`.
    static func documentXML(_ input: ParserInput, maximumSize: Int = ParserLimits.defaultArchiveSize) throws(ParseError) -> Data {
        // ZIPFoundation's in-memory archive traps on a crafted entry offset past the end (found by
        // fuzzing: Archive+MemoryFile.readData); its file-backed reader reports an error instead. So
        // the bytes are read from a private temporary copy, removed before returning.
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("thematic-docx-\(UUID().uuidString).zip")
        guard FileManager.default.createFile(atPath: copy.path, contents: try input.data(), attributes: [.posixPermissions: 0o600]) else {
            throw .unreadable(path: input.file, reason: "could not make a temporary copy to unpack")
        }
        defer { try? FileManager.default.removeItem(at: copy) }
        let archive: Archive
        do {
            archive = try Archive(url: copy, accessMode: .read)
        } catch {
            throw .malformed(message: "not a .docx file: the ZIP archive cannot be opened", at: SourceLocation(file: input.file, line: 1))
        }
        // Only word/document.xml is ever read, in memory, so no entry can write anywhere; but an
        // archive with entries outside itself is a crafted file, not a Word document: say so.
        for entry in archive {
            let path = entry.path
            if entry.type == .symlink || path.hasPrefix("/") || path.hasPrefix("\\")
                || path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..") {
                throw .malformed(message: "not accepted: the archive holds \(entry.type == .symlink ? "a symbolic link" : "an entry") '\(path.prefix(120))' "
                                 + "pointing outside it (a crafted file, not a Word document)", at: SourceLocation(file: input.file, line: 1))
            }
        }
        guard let entry = archive["word/document.xml"] else {
            throw .malformed(message: "not a Word document: the archive has no word/document.xml", at: SourceLocation(file: input.file, line: 1))
        }
        let tooLarge = ParseError.malformed(message: "word/document.xml unpacks to more than \(maximumSize) bytes, the limit for a .docx "
                                            + "(a guard against zip bombs); raise it with --max-archive-size BYTES",
                                            at: SourceLocation(file: input.file, line: 1))
        guard entry.uncompressedSize <= maximumSize else { throw tooLarge }
        var data = Data()
        let append: Consumer = { (chunk: Data) throws -> Void in
            data.append(chunk)
            if data.count > maximumSize { throw DocxLimitExceeded() }
        }
        do {
            if entry.isCompressed {
                // Inflate exactly the entry's own bytes, so a stream that stops early is an error, not a hang.
                let bytes = try input.data()
                guard let located = ZIPEntryData(named: "word/document.xml", in: bytes), located.method == 8 else {
                    throw ParseError.malformed(message: "word/document.xml cannot be unpacked: the archive's directory does not say where "
                                     + "its deflated bytes are", at: SourceLocation(file: input.file, line: 1))
                }
                let compressed = bytes.subdata(in: located.compressed)
                let checksum = try Data.decompress(size: Int64(compressed.count), bufferSize: 16_384, skipCRC32: false, provider: { (position: Int64, size: Int) throws -> Data in
                    guard position < compressed.count else { throw DocxStreamTruncated() }
                    // ZIPFoundation's inflate is told a full buffer of input: pad the last chunk.
                    var chunk = compressed.subdata(in: Int(position)..<min(compressed.count, Int(position) + size))
                    if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                    return chunk
                }, consumer: append)
                guard checksum == entry.checksum else {
                    throw ParseError.malformed(message: "word/document.xml cannot be unpacked: its checksum does not match "
                                               + "(a damaged file)", at: SourceLocation(file: input.file, line: 1))
                }
            } else {
                _ = try archive.extract(entry, consumer: append)
            }
        } catch let error as ParseError {
            throw error
        } catch is DocxStreamTruncated {
            throw .malformed(message: "word/document.xml cannot be unpacked: its compressed data ends before the document does "
                             + "(a damaged or crafted file)", at: SourceLocation(file: input.file, line: 1))
        } catch is DocxLimitExceeded {
            throw tooLarge
        } catch {
            throw .malformed(message: "word/document.xml cannot be unpacked: \(error)", at: SourceLocation(file: input.file, line: 1))
        }
        return data
    }

    private struct DocxLimitExceeded: Error {}
    private struct DocxStreamTruncated: Error {}

    private func readParagraph(_ text: String, at location: SourceLocation, known: inout Set<String>,
                               into builder: inout TranscriptBuilder) {
        guard !XMLText.isBlank(text) else { return }
        let line = Substring(text)
        if let turn = TurnLine.match(line, isKnownSpeaker: { known.contains(SpeakerLabel.key(String($0))) }) {
            known.insert(SpeakerLabel.key(String(turn.label)))
            builder.addUtterance(label: String(turn.label), content: turn.content, start: turn.start, at: location)
        } else if !builder.continueLastUtterance(with: text) {
            builder.warn("text before the first speaker turn belongs to no speaker and is left out", line: location.line, column: location.column)
        }
    }

    private func readRow(_ cells: [String], isFirst: Bool, at location: SourceLocation, known: inout Set<String>,
                         into builder: inout TranscriptBuilder) {
        var cells = cells.map { TranscriptBuilder.fold($0) }
        guard (2...3).contains(cells.count) else {
            // Not a transcript table: its text is read as paragraphs would be.
            cells.forEach { readParagraph($0, at: location, known: &known, into: &builder) }
            return
        }
        if isFirst, cells.allSatisfy({ DocxParser.headings.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }) { return }
        var time: Timecode?
        if cells.count == 3 {
            if let first = DocxParser.time(cells[0]) { time = first; cells.removeFirst() }
            else if let last = DocxParser.time(cells[2]) { time = last; cells.removeLast() }
            else { cells = [cells[0], cells[1] + " " + cells[2]] }
        }
        let label = cells[0].hasSuffix(":") ? String(cells[0].dropLast()) : cells[0]
        if label.isEmpty {
            if !builder.continueLastUtterance(with: cells[1]) {
                builder.warn("table row without a speaker before the first turn is left out", line: location.line, column: location.column)
            }
            return
        }
        guard !cells[1].isEmpty else { return }
        known.insert(SpeakerLabel.key(label))
        builder.addUtterance(label: label, content: cells[1], start: time, at: location)
    }

    /// A cell holding only a time: `00:01:23`, `1:23.5`, `[00:01:23]`, `(1:23)`.
    static func time(_ cell: String) -> Timecode? {
        let text = Substring(cell)
        if let mark = TimeMark.leading(text), XMLText.isBlank(text[mark.range.upperBound...]) { return mark.time }
        guard cell.contains(":") else { return nil }
        return Timecode(parsing: cell)
    }

    private static let headings: Set<String> = ["speaker", "name", "person", "text", "transcript", "utterance", "time", "timestamp",
                                                "start", "sprecher", "zeit", "locuteur", "texte", "temps", "content", "speech", ""]
}
