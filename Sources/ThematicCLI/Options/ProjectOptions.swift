import ArgumentParser
import Foundation
import Thematic

/// `--project`, shared by every command that works on a project.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The project file.",
        discussion: "Defaults to $THEMATIC_PROJECT, else the only *.thematic file in the current folder.",
        valueName: "path"))
    var project: String?

    /// The project file to use.
    /// - Throws: `ValidationError` (exit 64) when none is named and none can be found.
    func resolvedPath(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        if let project { return project }
        if let fromEnvironment = environment["THEMATIC_PROJECT"], !fromEnvironment.isEmpty { return fromEnvironment }
        let here = FileManager.default.currentDirectoryPath
        let candidates = ((try? FileManager.default.contentsOfDirectory(atPath: here)) ?? [])
            .filter { $0.hasSuffix(".thematic") }
            .sorted()
        switch candidates.count {
        case 1: return candidates[0]
        case 0: throw ValidationError("no project: give --project PATH, set THEMATIC_PROJECT, or run where one *.thematic file is (create one with 'thematic init --project study.thematic')")
        default: throw ValidationError("several projects here (\(candidates.joined(separator: ", "))); choose one with --project")
        }
    }

    /// Opens the project.
    func open() throws -> Project {
        let path = try resolvedPath()
        return try reportingFailures { () throws(ThematicError) in try Project.open(at: path) }
    }
}
