import Foundation
import ThematicModel

/// Tells a transcript file's format from its extension and, where that is not enough, its content.
public enum FormatDetector {
    /// The format of a file.
    /// - Throws: ``ParseError/unknownFormat(path:)`` when neither name nor content says.
    public static func detect(_ input: ParserInput) throws(ParseError) -> TranscriptFormat {
        let bytes = try input.head(4096)
        let head = sniff(bytes)
        switch input.fileExtension {
        case "vtt": return .webVTT
        case "srt": return .srt
        case "cha": return .chat
        case "otter": return .otter
        case "docx": return .docx
        case "eaf": return .elan
        case "trs": return .transcriber
        case "exb": return .exmaralda
        case "xml", "tei": return xmlFormat(head) ?? .tei
        case "txt", "md", "markdown", "text", "tsv", "tab", "":
            if head.hasPrefix("WEBVTT") { return .webVTT }
            if head.contains("@Begin") || head.lowercased().hasPrefix("@utf8") || head.lowercased().hasPrefix("@begin") { return .chat }
            if looksLikeSRT(head) { return .srt }
            if DialogueReader.looksLikeOtter(head) { return .otter }
            return .plainText
        default:
            if head.hasPrefix("WEBVTT") { return .webVTT }
            if head.hasPrefix("<?xml") || head.hasPrefix("<"), let format = xmlFormat(head) { return format }
            if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
            throw .unknownFormat(path: input.file)
        }
    }

    /// The parser that reads a format.
    /// - Throws: ``ParseError/unsupportedFormat(path:format:)`` for a format without a reader yet.
    public static func parser(for format: TranscriptFormat, file: String) throws(ParseError) -> any TranscriptParser {
        switch format {
        case .plainText: DialogueParser()
        case .otter: OtterParser()
        case .webVTT: WebVTTParser()
        case .srt: SRTParser()
        case .chat: CHATParser()
        case .tei: TEIParser()
        case .elan: ELANParser()
        case .transcriber: TranscriberParser()
        case .exmaralda: EXMARaLDAParser()
        case .thematicXML: ThematicXMLParser()
        case .docx: DocxParser()
        default: throw .unsupportedFormat(path: file, format: format)
        }
    }

    /// The first kilobytes of the file as text, BOM dropped, for sniffing.
    private static func sniff(_ head: Data) -> String {
        var prefix = head[...]
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) {
            // UTF-16 with BOM (SRT files from Windows tools): sniff the decoded text.
            let bigEndian = prefix.first == 0xFE
            let body = Array(prefix.dropFirst(2))
            var units: [UInt16] = []
            for index in stride(from: 0, to: body.count - 1, by: 2) {
                let (first, second) = (UInt16(body[index]), UInt16(body[index + 1]))
                units.append(bigEndian ? first << 8 | second : second << 8 | first)
            }
            return String(decoding: units, as: UTF16.self).trimmingLeadingWhitespace()
        }
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { prefix = prefix.dropFirst(3) }
        return String(decoding: prefix, as: UTF8.self).trimmingLeadingWhitespace()
    }

    /// A subtitle number (or nothing) and then a `00:00:01,000 --> …` timing line.
    private static func looksLikeSRT(_ head: String) -> Bool {
        let lines = head.split(whereSeparator: \.isNewline).prefix(2)
        guard let first = lines.first else { return false }
        if first.contains("-->") { return first.contains(",") }
        return first.allSatisfy(\.isNumber) && lines.dropFirst().first.map { $0.contains("-->") } == true
    }

    private static func xmlFormat(_ head: String) -> TranscriptFormat? {
        if head.contains("urn:thematic:transcript") { return .thematicXML }
        if head.contains("<ANNOTATION_DOCUMENT") { return .elan }
        if head.contains("<basic-transcription") { return .exmaralda }
        if head.contains("<Trans") && head.contains("Episode") || head.contains("<!DOCTYPE Trans") { return .transcriber }
        if head.contains("<TEI") || head.contains("tei-c.org") { return .tei }
        return nil
    }
}

extension String {
    fileprivate func trimmingLeadingWhitespace() -> String {
        String(drop(while: \.isWhitespace))
    }
}
