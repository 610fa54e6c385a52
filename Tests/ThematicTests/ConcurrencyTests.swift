import Foundation
import Testing
import ThematicTestSupport

/// Two and four `thematic` processes coding one project at the same moment: every coding and
/// every event is kept, every command succeeds, and "database is locked" never reaches the user.
@Suite("Concurrent coders (binary)", .serialized)
struct ConcurrencyTests {
    @Test("N processes code one project at once", arguments: [2, 4])
    func concurrentCoding(processes: Int) throws {
        let folder = TemporaryFolder()
        let example = TestPaths.example.path
        let project = folder.path("study.thematic")
        for arguments in [["init", "--project", project],
                          ["ingest", "--project", project] + (1...6).map { "\(example)/transcripts/P0\($0).txt" },
                          ["codebook", "import", "--project", project, "\(example)/codebook.yaml"]] {
            #expect(try CommandLineRun(arguments).status == 0)
        }
        let before = try ProjectSnapshot(project)
        let perProcess = 12
        let results = Results()
        let group = DispatchGroup()
        for coder in 0..<processes {
            group.enter()
            Thread {
                // Each coder codes its own utterances (coder k: utterances k+1, k+1+N, …) of P01–P06.
                for step in 0..<perProcess {
                    let source = "P0\(step % 6 + 1)"
                    let utterance = 2 + coder + processes * (step / 6)
                    let run = try? CommandLineRun(["code", "\(source):\(utterance)", "alliance/bond/trust", "--project", project,
                                                   "--coder", "coder\(coder)", "--memo", "memo \(coder)-\(step)"])
                    results.append(run.map { ($0.status, $0.stderr) } ?? (-1, "could not start"))
                }
                group.leave()
            }.start()
        }
        group.wait()
        let all = results.all
        #expect(all.count == processes * perProcess)
        #expect(all.allSatisfy { $0.0 == 0 }, "\(all.filter { $0.0 != 0 }.prefix(3))")
        #expect(!all.contains { $0.1.lowercased().contains("locked") || $0.1.lowercased().contains("busy") })
        let after = try ProjectSnapshot(project)
        #expect(after.count("codings") == before.count("codings") + processes * perProcess)
        #expect(after.count("events") == before.count("events") + processes * perProcess)
        #expect(try ProjectSnapshot.integrityCheck(project) == ["ok"])
    }

    /// Exit statuses and stderr collected from many threads.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [(Int32, String)] = []
        func append(_ result: (Int32, String)) { lock.withLock { list.append(result) } }
        var all: [(Int32, String)] { lock.withLock { list } }
    }
}
