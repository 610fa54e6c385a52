import Foundation

/// Runs the built `thematic` executable as a user would, capturing what it prints.
public struct CommandLineRun: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String

    /// The `thematic` executable built next to the test bundle.
    public static let executable: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [beside, beside.deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("thematic")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return TestPaths.repository.appendingPathComponent(".build/debug/thematic")
    }()

    /// Runs `thematic` with arguments in a folder, with extra environment variables.
    public init(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws {
        try self.init(executable: CommandLineRun.executable, arguments, in: folder, environment: environment)
    }

    /// Runs any executable with the same environment rules.
    init(executable: URL, _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        var merged = ProcessInfo.processInfo.environment
        merged.removeValue(forKey: "THEMATIC_PROJECT")
        merged["THEMATIC_CODER"] = "tester"
        environment.forEach { merged[$0] = $1 }
        process.environment = merged
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        stdout = String(decoding: outData, as: UTF8.self)
        stderr = String(decoding: errData, as: UTF8.self)
    }

    /// The stdout parsed as JSON.
    public func json() throws -> Any {
        try JSONSerialization.jsonObject(with: Data(stdout.utf8))
    }
}

extension CommandLineRun {
    /// Runs a shell script file with `/bin/sh` in a folder, with the same environment rules.
    public static func shell(_ script: String, in folder: URL, environment: [String: String] = [:]) throws -> CommandLineRun {
        try CommandLineRun(executable: URL(fileURLWithPath: "/bin/sh"), [script], in: folder, environment: environment)
    }
}

extension CommandLineRun {
    /// The subcommand names a help text lists under `SUBCOMMANDS:` (not `help`).
    public static func subcommands(inHelp help: String) -> [String] {
        guard let section = help.range(of: "SUBCOMMANDS:\n") else { return [] }
        return help[section.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            // A name starts two spaces in; a wrapped abstract continues further in.
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
            .filter { $0 != "help" }
    }
}
