import Foundation
import Testing
import Thematic
import ThematicTestSupport

/// `Project.reportInput` on the example study, auto-coded with its rules. The expected figures
/// come from the hand counts in ``AllianceStudyCodingTests`` (utterances per source for each
/// rule), and every theme's figures are checked against the query engine, a separate path.
@Suite("Report: what the project hands the renderer")
struct ReportTests {
    /// The example project, auto-coded; the folder to remove afterwards.
    static func codedExample() throws -> (Project, String) {
        let (project, folder) = try AllianceStudyCodingTests().makeProject()
        _ = try project.autocode(rules: try Project.readRules(from: TestPaths.example.appendingPathComponent("rules.yaml").path))
        return (project, folder)
    }

    @Test("prevalence of two themes, hand-counted, split by interpreter")
    func handCountedPrevalence() throws {
        let (project, folder) = try ReportTests.codedExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = try project.reportInput(options: ReportOptions(quotes: 2, splitBy: "interpreter"))
        #expect(input.splitAttribute?.values == ["no", "yes"])
        // three-in-the-room: interpreter mentions are 15 utterances in P05 and 5 in P06; the
        // confidentiality matches lie inside those utterances, so they add no segment.
        let room = try #require(input.themes.first { $0.id == "three-in-the-room" })
        #expect(room.prevalence.segments == 20)
        #expect(room.prevalence.sources == 2 && room.prevalence.totalSources == 6)
        #expect(room.prevalence.participants == 2 && room.prevalence.totalParticipants == 6)
        #expect(room.prevalence.groups.map(\.value) == ["no", "yes"])
        #expect(room.prevalence.groups.map(\.participants) == [0, 2])
        #expect(room.prevalence.groups.map(\.groupParticipants) == [4, 2])
        #expect(room.prevalence.groups.map(\.segments) == [0, 20])
        // fit-and-access: one waiting list in each of P01, P02, P03.
        let fit = try #require(input.themes.first { $0.id == "fit-and-access" })
        #expect(fit.prevalence.segments == 3 && fit.prevalence.sources == 3 && fit.prevalence.participants == 3)
        #expect(fit.prevalence.groups.map(\.participants) == [3, 0])
        // The code list carries segment counts: interpreter/triadic-relationship is 20 utterances.
        #expect(room.codes.first { $0.id == "interpreter/triadic-relationship" }?.segments == 20)
        #expect(input.coders.map(\.id) == ["auto:homework-words", "auto:interpreter-mentions", "auto:known-in-the-community",
                                           "auto:trust-words", "auto:waiting-lists"])
        #expect(input.sources.first { $0.id == "P01" }?.interviewers == ["Dr. Hanna Berg (IV1)"])
        #expect(input.sources.first { $0.id == "P05" }?.duration == Timecode(milliseconds: 1_841_000))
    }

    @Test("every theme's segments and sources agree with the query engine")
    func agreesWithQueries() throws {
        let (project, folder) = try ReportTests.codedExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = try project.reportInput()
        let codebook = try project.codebook()
        #expect(input.themes.map(\.id) == codebook.themes.map(\.id))
        for theme in codebook.themes {
            var options = QueryOptions()
            options.exact = true
            let hits = try project.query(theme.codeIDs.joined(separator: " OR "), options: options)
            let reported = try #require(input.themes.first { $0.id == theme.id })
            #expect(reported.prevalence.segments == hits.count, "\(theme.id)")
            #expect(reported.prevalence.sources == Set(hits.map(\.sourceID)).count, "\(theme.id)")
        }
    }

    @Test("extracts: at most N, one per source first, the words and place as transcribed")
    func exemplars() throws {
        let (project, folder) = try ReportTests.codedExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = try project.reportInput(options: ReportOptions(quotes: 3))
        let room = try #require(input.themes.first { $0.id == "three-in-the-room" })
        #expect(room.quotes.count == 3)
        // Two sources hold the theme: the first two extracts come one from each.
        #expect(Set(room.quotes.prefix(2).map(\.sourceID)) == ["P05", "P06"])
        // The first carries both of the theme's codes used there (the rule's second criterion).
        #expect(room.quotes[0].codes == ["interpreter/confidentiality", "interpreter/triadic-relationship"])
        for quote in input.quotes {
            let transcript = try project.transcript(id: quote.sourceID)
            let utterance = transcript.utterances[try #require(quote.utterance) - 1]
            #expect(quote.start == utterance.start)
            #expect(quote.speaker == transcript.speaker(id: utterance.speakerID)?.name)
            let words = quote.text.replacingOccurrences(of: "[…] ", with: "").replacingOccurrences(of: " […]", with: "")
            #expect(transcript.text.contains(words))
        }
        #expect(input.themes.allSatisfy { $0.quotes.count <= 3 })
        // The rules code the participants' and interpreters' turns of this theme, so its voices are theirs.
        #expect(room.quotes.allSatisfy { [.participant, .interpreter].contains($0.role) })
    }

    @Test("a transcript naming its recording gets time codes linked to it")
    func frontMatterMedia() throws {
        let folder = TemporaryFolder()
        let original = try String(contentsOfFile: TestPaths.exampleTranscript("P01"), encoding: .utf8)
        let withMedia = original.replacingOccurrences(of: "duration: 00:22:47\n", with: "duration: 00:22:47\nmedia: video/P01 recall.mp4\n")
        #expect(withMedia != original)
        let path = try folder.write("P01.txt", text: withMedia)
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        _ = try project.ingest([path])
        _ = try project.importCodebook(from: TestPaths.example.appendingPathComponent("codebook.yaml").path)
        _ = try project.code("P01:4", with: ["alliance/bond/trust"])
        let input = try project.reportInput()
        #expect(input.sources.first?.media == "video/P01 recall.mp4")
        let quote = try #require(input.themes.first { $0.id == "alliance-as-lived" }?.quotes.first)
        #expect(quote.utterance == 4 && quote.start == Timecode(milliseconds: 43_000))
        #expect(quote.mediaLink == "video/P01%20recall.mp4#t=43")
        let page = ReportFormat.html.render(input)
        #expect(page.contains("href=\"video/P01%20recall.mp4#t=43\""))
    }

    struct MediaCase: Sendable, CustomTestStringConvertible {
        var file: String
        var media: String
        var testDescription: String { file }
    }

    @Test("ELAN's MEDIA_DESCRIPTOR and TEI's recordingStmt name the recording", arguments: [
        MediaCase(file: "elan/speach_test.eaf", media: "file:///home/tuananh/Documents/ELAN/test.wav"),
        MediaCase(file: "elan/DOC_FR_2020_CHOIX_5.eaf", media: "file:///E:/博士课程/DOC语录库/DOC/DOC_FR_2020_CHOIX/DOC_FR_2020_CHOIX_5.audio.m4a"),
        MediaCase(file: "tei/teicorpo_DOC_FR_2020_CHOIX_5.tei_corpo.xml", media: "DOC_FR_2020_CHOIX_5.audio.m4a"),
    ])
    func xmlMedia(_ example: MediaCase) throws {
        let folder = TemporaryFolder()
        let project = try Project.create(at: folder.path("s.thematic"), actor: "anna")
        _ = try project.ingest([TestPaths.external(example.file)])
        let codebookFile = try folder.write("codebook.yaml", text: """
            version: 1
            name: media
            codes:
              - id: moment
                name: A moment
            themes:
              - id: moments
                name: Moments
                codes: [moment]
            """)
        _ = try project.importCodebook(from: codebookFile)
        let source = try #require(try project.sources().first)
        let transcript = try project.transcript(id: source.id)
        let timed = try #require(transcript.utterances.firstIndex { ($0.start?.milliseconds ?? 0) > 0 && !$0.span.isEmpty })
        _ = try project.code("\(source.id):\(timed + 1)", with: ["moment"])
        let input = try project.reportInput()
        #expect(input.sources.first?.media == example.media)
        let quote = try #require(input.themes.first?.quotes.first)
        let start = try #require(transcript.utterances[timed].start)
        #expect(quote.media == example.media)
        #expect(quote.mediaLink?.hasSuffix("#t=" + MediaSeconds.text(start)) == true)
        #expect(quote.mediaLink?.contains("%E5%8D%9A") == example.file.contains("DOC_FR_2020_CHOIX_5.eaf"))
    }

    @Test("bad requests change nothing", arguments: ["theme", "attribute", "quotes 0", "quotes -1", "quotes 101", "extension", "folder"])
    func badRequests(_ kind: String) throws {
        let (project, folder) = try ReportTests.codedExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let events = try project.events().count
        var options = ReportOptions()
        var path = folder + "/report.html"
        switch kind {
        case "theme": options.themes = ["no-such-theme"]
        case "attribute": options.splitBy = "no_such_attribute"
        case "quotes 0": options.quotes = 0
        case "quotes -1": options.quotes = -1
        case "quotes 101": options.quotes = 101
        case "extension": path = folder + "/report.txt"
        default: path = folder + "/missing/folder/report.html"
        }
        #expect(throws: ThematicError.self) { try project.writeReport(to: path, options: options) }
        #expect(try project.events().count == events)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("writing a report is one event; themes come in the order asked, by id or name")
    func writing() throws {
        let (project, folder) = try ReportTests.codedExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let events = try project.events().count
        let options = ReportOptions(themes: ["Three in the room", "alliance-as-lived"], quotes: 1, splitBy: "interviewer")
        #expect(try project.writeReport(to: folder + "/r.md", options: options) == .markdown)
        let trail = try project.events()
        #expect(trail.count == events + 1)
        #expect(trail.last?.command == "report")
        #expect(trail.last?.summary == "report written to r.md (markdown, 2 themes, 2 extracts)")
        let text = try String(contentsOfFile: folder + "/r.md", encoding: .utf8)
        let room = try #require(text.range(of: "### 1. Three in the room"))
        let lived = try #require(text.range(of: "### 2. The alliance as lived"))
        #expect(room.lowerBound < lived.lowerBound)
        #expect(text.contains("### Prevalence by interviewer"))
    }
}

/// Seconds as a media fragment writes them.
enum MediaSeconds {
    static func text(_ time: Timecode) -> String {
        time.milliseconds % 1000 == 0 ? String(time.milliseconds / 1000)
            : String(format: "%.3f", Double(time.milliseconds) / 1000).replacingOccurrences(of: "0+$", with: "", options: .regularExpression)
    }
}

/// The audit's part of the report: subthemes inside their parent, scope notes and status, the
/// researchers' chosen exemplars before the rule's, and the audit's findings.
@Suite("Report: themes as the audit defines them")
struct ReportAuditTests {
    @Test("a subtheme sits inside its parent, the chosen exemplar comes first, findings are listed")
    func auditedThemes() throws {
        let (project, folder) = try ReportTests.codedExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try project.addTheme(name: "Trust first", id: "trust-first", parent: "three-in-the-room", codes: ["alliance/bond/trust"])
        _ = try project.defineTheme("three-in-the-room", scopeNote: "Not about language barriers as such.", status: .reviewed)
        _ = try project.addExemplar(to: "three-in-the-room", reference: "P05:4")

        let input = try project.reportInput(options: ReportOptions(quotes: 2))
        #expect(!input.themes.contains { $0.id == "trust-first" })
        let room = try #require(input.themes.first { $0.id == "three-in-the-room" })
        #expect(room.subthemes.map(\.id) == ["trust-first"])
        #expect(room.subthemes.first?.codes.map(\.id) == ["alliance/bond/trust"])
        #expect(room.scopeNote == "Not about language barriers as such.")
        #expect(room.status == "reviewed")
        #expect(room.quotes.count == 2)
        let p05 = try project.transcript(id: "P05")
        let fourth = p05.utterances[3]
        let first = try #require(room.quotes.first)
        #expect(first.sourceID == "P05" && first.utterance == 4)
        #expect(first.text == TextIndex(p05.text).slice(fourth.span))
        #expect(room.quoteRule.contains("the 1 the researchers chose"))
        // Without the subtheme's code the theme rests on interpreter codes only (20 segments, see
        // above); the subtheme's trust codings add the trust utterances of other sources.
        #expect(room.prevalence.sources > 2)

        let findings = try #require(input.findings)
        let audit = try project.audit()
        #expect(findings.count == audit.findings.count)
        #expect(findings.map(\.message).sorted() == audit.findings.map(\.message).sorted())
    }
}
