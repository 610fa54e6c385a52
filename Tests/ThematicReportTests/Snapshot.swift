import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Compares a chart's SVG with the copy kept in `Snapshots/NAME.svg`.
///
/// Set `THEMATIC_RECORD_SNAPSHOTS=1` to write the current output as the new snapshot (then read
/// the diff before committing it); otherwise a missing or different snapshot fails the test and
/// names the first line that differs.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name + ".svg")
        if ProcessInfo.processInfo.environment["THEMATIC_RECORD_SNAPSHOTS"] == "1" {
            try Data((actual + "\n").utf8).write(to: file)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no snapshot \(file.path); record it with THEMATIC_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        let actualLines = (actual + "\n").split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        if let line = zip(actualLines, expectedLines).enumerated().first(where: { $0.element.0 != $0.element.1 }) {
            Issue.record("\(name).svg differs at line \(line.offset + 1):\n  expected: \(line.element.1)\n  actual:   \(line.element.0)",
                         sourceLocation: sourceLocation)
        } else if actualLines.count != expectedLines.count {
            Issue.record("\(name).svg has \(expectedLines.count) lines, the chart \(actualLines.count)", sourceLocation: sourceLocation)
        }
    }

    /// Whether the text parses as well-formed XML (what an SVG file must be).
    static func isWellFormedXML(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }
}
