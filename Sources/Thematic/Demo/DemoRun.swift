import Foundation
import ThematicAgreement
import ThematicCoding
import ThematicModel

/// The bundled example study run end to end: what `thematic demo` does.
///
/// It creates a project, ingests the example's transcripts, imports its codebook and cases,
/// auto-codes with the example's rules, counts code frequencies and writes the HTML report; each
/// later capability (audit, agreement) joins it, until it walks all six phases.
public struct DemoRun: Sendable {
    /// The example study's folder (holding `transcripts/`, `codebook.yaml`, `cases.csv`).
    public var exampleDirectory: String
    /// Where the project file goes.
    public var outputDirectory: String

    public init(exampleDirectory: String, outputDirectory: String) {
        self.exampleDirectory = exampleDirectory
        self.outputDirectory = outputDirectory
    }

    /// What the demo did.
    public struct Report: Sendable {
        public var projectPath: String
        public var ingest: IngestReport
        public var codebook: CodebookMerge
        public var sources: [SourceSummary]
        public var status: ProjectStatus
        public var codebookOutline: [String]
        public var cases: [StudyCase]
        /// Empty when the example has no `rules.yaml`.
        public var autocoding: AutoCodingReport?
        public var frequencies: [CodeFrequency]
        /// The example written for other QDA programs: its `.qdc` and `.qdpx`.
        public var exchangeFiles: [String] = []
        /// The HTML report written at the end (phase 6).
        public var reportPath: String
        /// The auto-coding against the example's second coder, per code (when the example has the sheet).
        public var agreement: CodingAgreementReport?
        /// The phase changes the demo made, 1 → 2 to 5 → 6.
        public var phases: [PhaseChange]
        /// The audit made in phase 6.
        public var audit: AuditResult
    }

    /// Finds the bundled example: the given folder, else `$THEMATIC_EXAMPLE`, else
    /// `Examples/alliance-study` in the current folder or above the executable.
    public static func locateExample(explicit: String?, executablePath: String,
                                     environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let relative = "Examples/alliance-study"
        var candidates: [String] = []
        if let explicit { return isExample(explicit) ? explicit : nil }
        if let fromEnvironment = environment["THEMATIC_EXAMPLE"] { candidates.append(fromEnvironment) }
        candidates.append((FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(relative))
        var folder = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent(relative).path)
            folder.deleteLastPathComponent()
        }
        return candidates.first(where: isExample)
    }

    /// Writes the example study compiled into the binary into `outputDirectory` and returns its
    /// folder: the demo's study when no copy is found on disk, so `thematic demo` runs anywhere.
    public static func embeddedExample(in outputDirectory: String) throws(ThematicError) -> String {
        try ExampleStudy.write(to: (outputDirectory as NSString).appendingPathComponent(ExampleStudy.folderName))
    }

    private static func isExample(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("codebook.yaml"))
            && FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("transcripts"))
    }

    /// Runs the demo.
    /// - Parameter step: told what is about to happen, for a progress display.
    public func run(step: (String) -> Void = { _ in }) throws(ThematicError) -> Report {
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        } catch {
            throw .invalidRequest("cannot create \(outputDirectory): \(error.localizedDescription)")
        }
        let projectPath = (outputDirectory as NSString).appendingPathComponent("alliance-study.thematic")
        guard !fileManager.fileExists(atPath: projectPath) else {
            throw .invalidRequest("\(projectPath) already exists; give an empty folder with --output")
        }
        let transcriptsFolder = (exampleDirectory as NSString).appendingPathComponent("transcripts")
        let transcripts = ((try? fileManager.contentsOfDirectory(atPath: transcriptsFolder)) ?? [])
            .filter { !$0.hasPrefix(".") }
            .sorted()
            .map { (transcriptsFolder as NSString).appendingPathComponent($0) }

        step("phase 1, familiarising: creating \(projectPath)")
        let project = try Project.create(at: projectPath, name: "Working alliance study (example)", actor: "demo")
        step("phase 1, familiarising: ingesting \(transcripts.count) transcripts")
        let ingest = try project.ingest(transcripts)
        var phases = [try DemoAudit.familiarise(project, step: step)]
        step("phase 2, initial codes: importing the codebook")
        let codebook = try project.importCodebook(from: (exampleDirectory as NSString).appendingPathComponent("codebook.yaml"))
        var cases: [StudyCase] = []
        let casesFile = (exampleDirectory as NSString).appendingPathComponent("cases.csv")
        if fileManager.fileExists(atPath: casesFile) {
            step("phase 2, initial codes: importing the cases and their attributes")
            cases = try project.importCases(from: casesFile)
        }
        var autocoding: AutoCodingReport?
        let rulesFile = (exampleDirectory as NSString).appendingPathComponent("rules.yaml")
        if fileManager.fileExists(atPath: rulesFile) {
            step("phase 2, initial codes: auto-coding with rules.yaml")
            autocoding = try project.autocode(rules: try Project.readRules(from: rulesFile))
        }
        let agreement = autocoding == nil ? nil : try compareCoders(in: project, step: step)
        let (laterPhases, audit) = try DemoAudit.walkThemes(project, step: step)
        phases += laterPhases
        let reportPath = (outputDirectory as NSString).appendingPathComponent("report.html")
        step("phase 6, the report: writing \(reportPath)")
        let splitBy = cases.contains { $0.attribute("interpreter") != nil } ? "interpreter" : nil
        try project.writeReport(to: reportPath, options: ReportOptions(quotes: 2, splitBy: splitBy,
                                                                    agreementCoders: agreement == nil ? [] : ["auto:*", "ben"]))
        var report = Report(projectPath: projectPath, ingest: ingest, codebook: codebook, sources: try project.sources(),
                            status: try project.status(),
                            codebookOutline: CodebookOutline.lines(of: try project.codebook(), counts: try project.codingCounts()),
                            cases: cases, autocoding: autocoding, frequencies: try project.frequencies(), reportPath: reportPath,
                            agreement: agreement, phases: phases, audit: audit)
        step("exchange: writing the codebook (.qdc) and the project (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder")
        report.exchangeFiles = try project.writeExchangeFiles(into: outputDirectory, named: "alliance-study")
        return report
    }
}
