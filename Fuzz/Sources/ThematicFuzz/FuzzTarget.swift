import Foundation
import Thematic
import ThematicExchange
import ThematicParsers

/// One reader of untrusted input, fed the fuzzer's bytes. Every reader must return or throw its
/// own error for any input; a trap, an overflow or a memory error is a finding.
enum FuzzTarget: String, CaseIterable {
    case dialogue, otter, vtt, srt, chat, tei, eaf, trs, exb, thematicXML = "thematic-xml", docx
    case codebookYAML = "codebook-yaml", codebookCSV = "codebook-csv", rulesYAML = "rules-yaml", codingSheet = "coding-sheet"

    /// The transcript format a parser target reads; `nil` for the exchange readers.
    var format: TranscriptFormat? {
        switch self {
        case .dialogue: .plainText
        case .otter: .otter
        case .vtt: .webVTT
        case .srt: .srt
        case .chat: .chat
        case .tei: .tei
        case .eaf: .elan
        case .trs: .transcriber
        case .exb: .exmaralda
        case .thematicXML: .thematicXML
        case .docx: .docx
        case .codebookYAML, .codebookCSV, .rulesYAML, .codingSheet: nil
        }
    }

    /// A scratch file for readers that only read from a path (CSV codebooks, coding sheets).
    static let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("thematic-fuzz-\(getpid()).csv").path

    /// Runs the reader on one input; errors are the expected outcome for most inputs.
    func run(_ data: Data) {
        if let format {
            _ = try? TranscriptReader().read(ParserInput(file: "fuzz", bytes: data), options: ParserOptions(format: format))
            return
        }
        let text = String(decoding: data, as: UTF8.self)
        switch self {
        case .codebookYAML:
            _ = try? YAMLCodebookReader().read(text, file: "fuzz.yaml")
        case .rulesYAML:
            _ = try? YAMLRulesReader().read(text, file: "fuzz.yaml")
        case .codebookCSV, .codingSheet:
            guard FileManager.default.createFile(atPath: FuzzTarget.scratch, contents: data) else { return }
            if self == .codebookCSV {
                _ = try? CSVCodebookReader().read(contentsOf: FuzzTarget.scratch)
            } else {
                _ = try? CodingSheet.read(contentsOf: FuzzTarget.scratch)
            }
        default:
            break
        }
    }
}

/// The target of this process, from `THEMATIC_FUZZ_TARGET`.
nonisolated(unsafe) var selectedTarget: FuzzTarget?

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    let name = ProcessInfo.processInfo.environment["THEMATIC_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(Data("THEMATIC_FUZZ_TARGET must be one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
        exit(64)
    }
    selectedTarget = target
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let target = selectedTarget else { return 0 }
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    target.run(data)
    return 0
}
