import Foundation
import Testing
import ThematicTestSupport

/// `thematic agreement` run as a user runs it: the built binary, stdout, stderr, exit code.
@Suite("thematic agreement (binary)")
struct AgreementCommandTests {
    /// Krippendorff (2011)'s 4 coders × 12 units, with a header row and coder names.
    static let k2011 = """
        coder,u1,u2,u3,u4,u5,u6,u7,u8,u9,u10,u11,u12
        A,1,2,3,3,2,1,4,1,2,,,
        B,1,2,3,3,2,2,4,1,2,5,,3
        C,,3,3,3,2,3,4,2,2,5,1,
        D,1,2,3,3,2,4,4,1,2,5,1,

        """

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("thematic-agreement-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func statistics(_ run: CommandLineRun) throws -> [String: [String: Any]] {
        let object = try #require(try run.json() as? [String: Any])
        let list = try #require(object["statistics"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.map { ($0["kind"] as! String, $0) })
    }

    @Test(arguments: [("nominal", 0.743421052631579), ("ordinal", 0.8153875037548814), ("interval", 0.8491071428571428),
                      ("ratio", 0.7974027747116121)])
    func reliabilityDataFile(metric: String, expected: Double) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.write(Self.k2011, "k2011.csv", in: folder)
        let json = try CommandLineRun(["agreement", "--data", file, "--header", "--names", "--metric", metric, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let statistics = try Self.statistics(json)
        let alpha = try #require(statistics["krippendorff_alpha"]?["value"] as? Double)
        #expect(abs(alpha - expected) < 1e-9)
        #expect(statistics["krippendorff_alpha"]?["values"] as? Double == 40)
        #expect(statistics["cohen_kappa"]?["value"] == nil)
        #expect((statistics["cohen_kappa"]?["notComputable"] as? String)?.contains("exactly two coders") == true)
        let object = try #require(try json.json() as? [String: Any])
        #expect(object["coders"] as? [String] == ["A", "B", "C", "D"])

        // The SPSS layout (units as rows) gives the same α.
        let rows = Self.k2011.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let transposed = (0..<rows[0].count).map { column in rows.map { column < $0.count ? $0[column] : "" }.joined(separator: ",") }
        let spss = try Self.write(transposed.joined(separator: "\n") + "\n", "spss.csv", in: folder)
        let again = try CommandLineRun(["agreement", "--data", spss, "--transpose", "--header", "--names", "--metric", metric,
                                        "--format", "json"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Self.statistics(again)["krippendorff_alpha"]?["value"] as? Double == alpha)
    }

    @Test func textAndCSV() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.write("1,1,2,2,1,1\n1,2,2,2,1,1\n", "two.csv", in: folder)
        let text = try CommandLineRun(["agreement", "--data", file, "--weights", "linear"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("\(file): 2 coders, 6 units (6 coded by two or more, 12 pairable values), 2 categories\n"))
        #expect(text.stdout.contains("Cohen's kappa ") && text.stdout.contains("0.667"))
        #expect(text.stdout.contains("Krippendorff's alpha (nominal)") && text.stdout.contains("0.686"))
        let csv = try CommandLineRun(["agreement", "--data", file, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("statistic,variant,value,not_computable,units,values,coders\r\nkrippendorff_alpha,nominal,0.68571428571428"))
        let interval = try CommandLineRun(["agreement", "--data", file, "--bootstrap", "200", "--seed", "3"])
        let again = try CommandLineRun(["agreement", "--data", file, "--bootstrap", "200", "--seed", "3"])
        #expect(interval.stdout.contains("95% interval for alpha: [") && interval.stdout == again.stdout)
    }

    @Test func notComputableIsSaidWithTheReason() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.write("A,A,A,A,A\nA,A,A,A,A\n", "same.csv", in: folder)
        let text = try CommandLineRun(["agreement", "--data", file])
        #expect(text.status == 0)
        let alphaLine = text.stdout.split(separator: "\n").first { $0.hasPrefix("Krippendorff's alpha") }
        #expect(alphaLine?.contains("not computable") == true)
        #expect(alphaLine?.hasSuffix("no variation: every pairable value is 'A'") == true)
        #expect(!text.stdout.contains(" nan") && !text.stdout.contains("NaN"))  // (" nan": Brennan contains "nan")
        let statistics = try Self.statistics(try CommandLineRun(["agreement", "--data", file, "--format", "json"]))
        #expect(statistics["krippendorff_alpha"]?["value"] == nil)
        #expect(statistics["krippendorff_alpha"]?["notComputable"] as? String == "no variation: every pairable value is 'A'")
        #expect(statistics["percent_agreement"]?["value"] as? Double == 1)
    }

    @Test func badInput() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let labels = try Self.write("1,2,3\n1,high,3\n", "labels.csv", in: folder)
        let interval = try CommandLineRun(["agreement", "--data", labels, "--metric", "interval"])
        #expect(interval.status == 1)
        #expect(interval.stderr == "\(labels):2:3: error: 'high' is not a number, and interval data need numbers (or use --metric nominal)\n")
        #expect(try CommandLineRun(["agreement", "--data", folder.appendingPathComponent("missing.csv").path]).status == 1)
        let empty = try Self.write("\n", "empty.csv", in: folder)
        let emptyRun = try CommandLineRun(["agreement", "--data", empty])
        #expect(emptyRun.status == 1 && emptyRun.stderr == "\(empty):1:1: error: the file is empty; reliability data need one row per coder and one column per unit\n")
        let twice = try Self.write("anna,1,2\nanna,1,1\n", "twice.csv", in: folder)
        let named = try CommandLineRun(["agreement", "--data", twice, "--names"])
        #expect(named.status == 1 && named.stderr.hasPrefix("\(twice):2:1: error: coder 'anna' is named twice"))
        for arguments in [["agreement"], ["agreement", "--data", labels, "--coders", "a,b"], ["agreement", "--data", labels, "--unit", "sentence"],
                          ["agreement", "--data", labels, "--bootstrap", "0"], ["agreement", "--data", labels, "--bootstrap", "-5"],
                          ["agreement", "--data", labels, "--confidence", "nan"], ["agreement", "--data", labels, "--confidence", "1"],
                          ["agreement", "--data", labels, "--metric", "cardinal"], ["agreement", "--coders", "anna"],
                          ["agreement", "--coders", "anna,anna"], ["agreement", "--coders", "a,b", "--metric", "ordinal"],
                          ["agreement", "--coders", "a,b", "--exclude-role", "narrator"], ["agreement", "--data", labels, "--seed", "-1"]] {
            let run = try CommandLineRun(arguments)
            #expect(run.status == 64, "\(arguments): \(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
        let help = try CommandLineRun(["agreement", "--help"])
        #expect(help.status == 0 && help.stdout.contains("thematic agreement --coders anna,ben"))
    }
}

/// The example study's second coder (ben, P01 and P02) against the auto-coding, through the binary.
@Suite("thematic agreement on the example study (binary)")
struct ExampleAgreementCommandTests {
    static let example = TestPaths.example.path

    /// Per utterance over P01 (45 utterances) and P02 (51), 96 decisions per code. From the rules and
    /// ben's sheet (read by hand): trust auto P01:10, 22, P02:32; ben the same plus P01:20.
    /// p_o = 95/96, p_e = (93·92 + 3·4)/96², κ = (9120 − 8568)/(9216 − 8568) = 23/27.
    /// homework auto P01:4, 14, P02:18, 20, 28, 32, 36, 40, 42, 46 (10); ben P01:14, P02:18, 20, 22, 28,
    /// 32, 36, 40, 46 (9); 8 shared, p_e = (86·87 + 10·9)/96², κ = (8928 − 7572)/(9216 − 7572) = 113/137.
    /// practicalities: both P01:32 and P02:6, κ = 1.
    @Test func autoCodingAgainstTheSecondCoder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thematic-agreement-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["init", "--project", "s.thematic"], ["ingest"] + (1...6).map { "\(Self.example)/transcripts/P0\($0).txt" },
                          ["codebook", "import", "\(Self.example)/codebook.yaml"], ["autocode", "--rules", "\(Self.example)/rules.yaml"],
                          ["sheet", "import", "\(Self.example)/coding/ben-P01-P02.csv"]] {
            let run = try CommandLineRun(arguments, in: folder)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
        }
        let json = try CommandLineRun(["agreement", "--coders", "auto:*,ben", "--sources", "P01,P02", "--format", "json", "--disagreements"],
                                      in: folder)
        #expect(json.status == 0, "\(json.stderr)")
        let report = try #require(try json.json() as? [String: Any])
        let perCode = try #require(report["perCode"] as? [[String: Any]])
        func kappa(_ code: String) -> Double? {
            let cell = perCode.first { $0["code"] as? String == code }
            let statistics = cell?["statistics"] as? [[String: Any]]
            return statistics?.first { $0["kind"] as? String == "cohen_kappa" }?["value"] as? Double
        }
        #expect(perCode.map { $0["code"] as? String } == ["alliance/bond/trust", "alliance/tasks/homework", "context/practicalities"])
        #expect(abs(try #require(kappa("alliance/bond/trust")) - 23.0 / 27) < 1e-12)
        #expect(abs(try #require(kappa("alliance/tasks/homework")) - 113.0 / 137) < 1e-12)
        #expect(kappa("context/practicalities") == 1)
        #expect(perCode.allSatisfy { $0["decisions"] as? Double == 96 })
        let disagreements = try #require(report["disagreements"] as? [[String: Any]])
        #expect(disagreements.map { "\($0["source"]!):\($0["utterance"]!) \($0["code"]!)" }
                == ["P01:4 alliance/tasks/homework", "P01:20 alliance/bond/trust", "P02:22 alliance/tasks/homework",
                    "P02:42 alliance/tasks/homework"])
        #expect((disagreements[3]["text"] as? String)?.contains("nobody gave me a worksheet") == true)
        #expect(disagreements[3]["codedBy"] as? [String] == ["auto:*"] && disagreements[3]["notCodedBy"] as? [String] == ["ben"])

        // Leaving the interviewer out changes nothing here (neither codes the interviewer's turns) but the unit count.
        let participants = try CommandLineRun(["agreement", "--coders", "auto:*,ben", "--sources", "P01,P02", "--exclude-role", "interviewer",
                                               "--format", "json"], in: folder)
        let sources = try #require((try participants.json() as? [String: Any])?["sources"] as? [[String: Any]])
        #expect(sources.map { $0["units"] as? Int } == [22, 25])

        let unknown = try CommandLineRun(["agreement", "--coders", "anna,ben"], in: folder)
        #expect(unknown.status == 1 && unknown.stderr.hasPrefix("error: no codings by coder 'anna' in this project"))
        let grouping = try CommandLineRun(["agreement", "--coders", "auto:*,ben", "--codes", "alliance"], in: folder)
        #expect(grouping.status == 1 && grouping.stderr.contains("--with-subcodes"))
        let rolled = try CommandLineRun(["agreement", "--coders", "auto:*,ben", "--codes", "alliance", "--with-subcodes", "--sources", "P01,P02",
                                         "--format", "csv"], in: folder)
        #expect(rolled.status == 0 && rolled.stdout.contains("pooled over sources,alliance,,96,cohen_kappa,"))
        let missingSource = try CommandLineRun(["agreement", "--coders", "auto:*,ben", "--sources", "P09"], in: folder)
        #expect(missingSource.status == 1 && missingSource.stderr == "error: no source 'P09' in this project\n")
    }

    /// `thematic demo` prints the same comparison per code (κ as computed above).
    @Test func theDemoPrintsAgreementPerCode() throws {
        let folder = TemporaryFolder()
        let run = try CommandLineRun(["demo", "--output", folder.path("demo")], in: TestPaths.repository)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Agreement, auto-coding (auto:*) vs a second coder (ben), P01 and P02, per utterance:"))
        let trust = run.stdout.split(separator: "\n").first { $0.hasPrefix("  alliance/bond/trust ") && $0.contains("%") }
        #expect(trust?.split(separator: " ").map(String.init) == ["alliance/bond/trust", "3", "4", "3", "99.0%", "0.852", "0.853", "0.989"])
    }
}
