import Foundation
import Testing
import Thematic
import ThematicTestSupport

/// The example study's report opened in headless Chromium: a screenshot and a PDF for people
/// (`artefacts/report/`, kept out of git), and the DOM the browser built checked for every
/// theme, chart and extract. Skipped, saying why, only where no Chromium can be found
/// (`.ci/setup-report.sh` installs Debian's `chromium`).
@Suite("Report in a real browser", .serialized)
struct ReportBrowserTests {
    /// `$THEMATIC_CHROMIUM`, else the first of chromium, chromium-browser, google-chrome on PATH.
    static let browser: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let chosen = environment["THEMATIC_CHROMIUM"], FileManager.default.isExecutableFile(atPath: chosen) { return chosen }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) { return folder + "/" + name }
        }
        print("ReportBrowserTests skipped: no chromium on PATH (install Debian's chromium: bash .ci/setup-report.sh)")
        return nil
    }()

    static let artefacts = TestPaths.repository.appendingPathComponent("artefacts/report")

    /// Runs the browser headless on a page; returns its stdout. Gives up after two minutes.
    static func chromium(_ arguments: [String], page: URL, profile: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser!)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--hide-scrollbars", "--user-data-dir=" + profile, "--allow-file-access-from-files"]
            + arguments + [page.absoluteString]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { process.terminate() }
        return String(decoding: data, as: UTF8.self)
    }

    /// Text as Chromium serialises a text node: `&`, `<`, `>` and no-break spaces escaped.
    static func serialised(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\u{A0}", with: "&nbsp;")
    }

    @Test("the example's report renders: screenshot, PDF, and every theme, chart and extract in the DOM",
          .enabled(if: browser != nil, "no chromium on PATH (install Debian's chromium: bash .ci/setup-report.sh)"))
    func rendersInChromium() throws {
        let (project, folder) = try ReportTests.codedExample()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(at: ReportBrowserTests.artefacts, withIntermediateDirectories: true)
        let page = ReportBrowserTests.artefacts.appendingPathComponent("report.html")
        let options = ReportOptions(quotes: 3, splitBy: "interpreter")
        let input = try project.reportInput(options: options)
        try project.writeReport(to: page.path, options: options, input: input)
        let profile = folder + "/chromium-profile"

        let dom = try ReportBrowserTests.chromium(["--dump-dom"], page: page, profile: profile)
        try Data(dom.utf8).write(to: ReportBrowserTests.artefacts.appendingPathComponent("dom.html"))
        #expect(dom.contains("</html>"), "the browser returned no document")
        #expect(input.themes.count == 5)
        for theme in input.themes {
            #expect(dom.contains("data-theme=\"\(theme.id)\""), "theme \(theme.id) missing")
            #expect(dom.contains(ReportBrowserTests.serialised(theme.name)), "theme name \(theme.name) missing")
        }
        for chart in input.chartIDs {
            #expect(dom.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(chart)\""), "chart \(chart) missing")
        }
        #expect(input.chartIDs.count == 4)
        // The rules code three of the five themes, each in at least three segments: 3 × 3 extracts.
        #expect(input.quotes.count == 9)
        for quote in input.quotes {
            #expect(dom.contains("<p>" + ReportBrowserTests.serialised(quote.text) + "</p>"), "extract from \(quote.sourceID) missing")
        }
        #expect(dom.components(separatedBy: "<blockquote class=\"quote\"").count - 1 == input.quotes.count)
        #expect(!dom.contains("<script"))

        let screenshot = ReportBrowserTests.artefacts.appendingPathComponent("report.png")
        try? FileManager.default.removeItem(at: screenshot)
        _ = try ReportBrowserTests.chromium(["--screenshot=" + screenshot.path, "--window-size=1280,4000"], page: page, profile: profile)
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "not a PNG")
        // IHDR: width and height, big-endian, at bytes 16–23.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1280)
        // A blank page compresses to a few kilobytes; text and charts do not.
        #expect(png.count > 60_000, "the screenshot looks empty (\(png.count) bytes)")

        let pdf = ReportBrowserTests.artefacts.appendingPathComponent("report.pdf")
        try? FileManager.default.removeItem(at: pdf)
        _ = try ReportBrowserTests.chromium(["--print-to-pdf=" + pdf.path, "--no-pdf-header-footer"], page: page, profile: profile)
        let printed = try Data(contentsOf: pdf)
        #expect(printed.starts(with: Array("%PDF".utf8)))
        // The print stylesheet starts every section and every theme on a new page.
        let pages = try NSRegularExpression(pattern: "/Type\\s*/Page[^s]")
            .numberOfMatches(in: String(decoding: printed, as: Unicode.ASCII.self), range: NSRange(location: 0, length: printed.count))
        #expect(pages >= input.themes.count + 4, "\(pages) pages")
        print("ReportBrowserTests: artefacts in \(ReportBrowserTests.artefacts.path) (report.html, report.png, report.pdf, dom.html)")
    }
}
