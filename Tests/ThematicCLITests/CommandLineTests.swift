import Foundation
import Testing
import ThematicTestSupport

/// The built `thematic` binary, run as a user runs it: stdout, stderr and exit codes.
@Suite("The thematic command line")
struct CommandLineTests {
    @Test("the Foundation walk-through: init, ingest, sources list/show, parse, log, status")
    func walkThrough() throws {
        let folder = TemporaryFolder()
        let transcripts = ["P01", "P05"].map(TestPaths.exampleTranscript)
        let initRun = try CommandLineRun(["init", "--project", "study.thematic"], in: folder.url)
        #expect(initRun.status == 0, "\(initRun.stderr)")

        // The only *.thematic in the folder is found without --project.
        let ingest = try CommandLineRun(["ingest"] + transcripts, in: folder.url)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("ingested P01: 45 utterances"))

        let list = try CommandLineRun(["sources", "list", "--format", "json"], in: folder.url)
        #expect(list.status == 0)
        let sources = try #require(try list.json() as? [[String: Any]])
        #expect(sources.map { $0["id"] as? String } == ["P01", "P05"])
        #expect(sources[1]["speakers"] as? [String] == ["Interviewer", "P05", "Interpreter"])
        #expect(sources[0]["utterances"] as? Int == 45)
        #expect(sources[0]["duration_ms"] as? Int == 1_367_000)
        #expect((sources[0]["words"] as? Int ?? 0) > 2_500)

        let table = try CommandLineRun(["sources", "list"], in: folder.url)
        #expect(table.stdout.hasPrefix("ID   FORMAT  SPEAKERS"))
        #expect(table.stdout.contains("P05  text    Interviewer, P05, Interpreter"))

        let show = try CommandLineRun(["sources", "show", "P01"], in: folder.url)
        #expect(show.status == 0)
        let lines = show.stdout.split(separator: "\n")
        #expect(lines.contains(" 1  [00:00:04] Interviewer: Thank you for coming in today. Before we start properly, is there anything about the consent form or the recording you'd like to ask?"))

        let log = try CommandLineRun(["log", "--format", "json"], in: folder.url)
        let events = try #require(try log.json() as? [[String: Any]])
        #expect(events.map { $0["command"] as? String } == ["init", "ingest"])
        #expect(events.map { $0["actor"] as? String } == ["tester", "tester"])
        #expect(events[1]["phase_name"] as? String == "familiarising")
        let payload = try #require(events[1]["payload"] as? [String: Any])
        #expect((payload["sources"] as? [[String: Any]])?.count == 2)

        let status = try CommandLineRun(["status"], in: folder.url)
        #expect(status.stdout.contains("phase 1 of 6: Familiarising yourself with the data"))
        #expect(status.stdout.contains("[x] transcripts ingested"))
    }

    @Test("parse prints the transcript as JSON in the documented shape")
    func parseJSON() throws {
        let run = try CommandLineRun(["parse", TestPaths.exampleTranscript("P06"), "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let transcript = try #require(try run.json() as? [String: Any])
        for key in ["id", "format", "speakers", "utterances", "metadata", "text"] {
            #expect(transcript[key] != nil, "missing \(key)")
        }
        #expect(transcript["format"] as? String == "text")
        let speakers = try #require(transcript["speakers"] as? [[String: Any]])
        #expect(speakers.map { $0["role"] as? String } == ["interviewer", "participant", "interpreter"])
        let utterances = try #require(transcript["utterances"] as? [[String: Any]])
        let text = try #require(transcript["text"] as? String)
        let scalars = Array(text.unicodeScalars)
        for utterance in utterances {
            let span = try #require(utterance["span"] as? [Int])
            let slice = String(String.UnicodeScalarView(scalars[span[0]..<span[1]]))
            #expect(slice == utterance["text"] as? String)
            #expect(utterance.keys.contains("start_ms") && utterance.keys.contains("end_ms"))
        }
    }

    @Test("bad input: a clear error on stderr, exit 1, nothing on stdout, the project unchanged")
    func badInput() throws {
        let folder = TemporaryFolder()
        _ = try CommandLineRun(["init", "--project", "s.thematic"], in: folder.url)
        let before = try Data(contentsOf: folder.url.appendingPathComponent("s.thematic"))
        let run = try CommandLineRun(["ingest", TestPaths.exampleTranscript("P01"), "missing.txt"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("missing.txt: error: no such file"))
        #expect(run.stderr.contains("nothing was ingested (use --keep-going"))
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("s.thematic")) == before)

        let keepGoing = try CommandLineRun(["ingest", "--keep-going", TestPaths.exampleTranscript("P01"), "missing.txt"],
                                           in: folder.url)
        #expect(keepGoing.status == 1)
        #expect(keepGoing.stdout.contains("ingested P01"))
        #expect(keepGoing.stderr.contains("missing.txt: error: no such file"))

        let binary = try folder.write("b.txt", Array("I: hi\n".utf8) + [0, 0, 0])
        let parse = try CommandLineRun(["parse", binary])
        #expect(parse.status == 1)
        #expect(parse.stderr == "\(binary):2:1: error: the file holds binary data, not a transcript (a NUL byte here)\n")
    }

    @Test("usage mistakes exit 64")
    func usage() throws {
        let folder = TemporaryFolder()
        #expect(try CommandLineRun(["sources", "list"], in: folder.url).status == 64)
        #expect(try CommandLineRun(["ingest", "--no-such-flag", "x.txt"], in: folder.url).status == 64)
        #expect(try CommandLineRun(["parse"], in: folder.url).status == 64)
        #expect(try CommandLineRun(["log", "--limit", "0", "--project", "x.thematic"], in: folder.url).status == 64)
        let notAProject = try folder.write("notes.thematic", text: "hello")
        let run = try CommandLineRun(["status", "--project", notAProject])
        #expect(run.status == 1)
        #expect(run.stderr.contains("not a Thematic project"))
    }

    @Test("--help teaches with examples")
    func help() throws {
        let run = try CommandLineRun(["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("thematic demo"))
        #expect(run.stdout.contains("Exit codes: 0 success, 1 failure, 64 wrong usage."))
        let ingest = try CommandLineRun(["ingest", "--help"])
        #expect(ingest.stdout.contains("--keep-going"))
        #expect(ingest.stdout.contains("Examples:"))
    }

    @Test("the demo builds the example project")
    func demo() throws {
        let folder = TemporaryFolder()
        let run = try CommandLineRun(["demo", "--output", folder.path("demo")], in: TestPaths.repository)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("P06  Interviewer, P06, Interpreter"))
        #expect(run.stdout.contains("alliance/bond/trust"))
        let list = try CommandLineRun(["sources", "list", "--format", "json", "--project", folder.path("demo/alliance-study.thematic")])
        #expect((try list.json() as? [Any])?.count == 6)
    }
}
