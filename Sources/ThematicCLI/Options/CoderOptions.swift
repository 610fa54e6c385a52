import ArgumentParser
import Thematic

/// `--coder NAME`: who the change is recorded as (and whose codings are meant).
struct CoderOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Record the change as this coder.",
                               discussion: "Defaults to $THEMATIC_CODER, else the operating-system user.", valueName: "name"))
    var coder: String?

    /// The coder in effect.
    var resolved: String { coder ?? Project.defaultActor() }
}

extension ProjectOptions {
    /// Opens the project with the given coder as its actor.
    func open(coder: CoderOptions) throws -> Project {
        let path = try resolvedPath()
        return try reportingFailures { () throws(ThematicError) in try Project.open(at: path, actor: coder.resolved) }
    }
}
