import Foundation
import Testing
import Thematic
import ThematicTestSupport

/// A `.qdpx` Thematic writes, opened by an independent reader: the Python package `pyqdpx`.
///
/// Runs when a Python with pyqdpx is available: `$THEMATIC_PYQDPX_PYTHON`, else the virtual
/// environment `.ci/refi.sh` creates (`.build/pyqdpx-venv`). CI runs it through `.ci/refi.sh`,
/// which sets the variable, so there it cannot be skipped.
@Suite("REFI-QDA: pyqdpx reads what Thematic writes")
struct REFIIndependentReaderTests {
    static var python: String? {
        if let explicit = ProcessInfo.processInfo.environment["THEMATIC_PYQDPX_PYTHON"], !explicit.isEmpty { return explicit }
        let venv = TestPaths.repository.appendingPathComponent(".build/pyqdpx-venv/bin/python").path
        return FileManager.default.isExecutableFile(atPath: venv) ? venv : nil
    }

    @Test("the example study, exported for NVivo, has the same codes and selection texts in pyqdpx")
    func pyqdpxReadsOurExport() throws {
        guard let python = Self.python else {
            // Not available on this machine; .ci/refi.sh installs it and sets THEMATIC_PYQDPX_PYTHON.
            return
        }
        let folder = TemporaryFolder()
        let project = try REFIRoundTripTests.studyProject(in: folder)
        let path = folder.path("study.qdpx")
        _ = try project.exportREFIProject(to: path, dialect: .nvivo)
        let codebook = try project.codebook()
        var selections: [[String]] = []
        for coding in try project.codings() {
            let text = TextIndex(try project.transcript(id: coding.sourceID).text).slice(coding.span)
            selections.append([codebook.code(id: coding.codeID)?.name ?? coding.codeID, String(text)])
        }
        let expected = try JSONSerialization.data(withJSONObject: ["codes": codebook.codes.map(\.name), "selections": selections])
        let expectedPath = folder.path("expected.json")
        try expected.write(to: URL(fileURLWithPath: expectedPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [TestPaths.repository.appendingPathComponent("Tests/refi/pyqdpx_check.py").path, path, expectedPath]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(printed)")
        #expect(printed.contains("all as Thematic wrote them"), "\(printed)")
    }
}
