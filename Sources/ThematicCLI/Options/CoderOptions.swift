import ArgumentParser
import Thematic

/// `--coder NAME`: whose codings a command makes or changes.
///
/// The person running the command (`$THEMATIC_CODER`, else the operating-system user) is always
/// the actor the audit trail records; the coder is part of the event. Commands that make no
/// codings (codebook edits, cases) take the option as the name to record the change under.
struct CoderOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Whose codings these are (e.g. a second coder, or auto:RULE).",
                               discussion: "Defaults to $THEMATIC_CODER, else the operating-system user. The audit trail records the person running the command as its actor and this coder in the event.",
                               valueName: "name"))
    var coder: String?

    /// The coder in effect.
    var resolved: String { coder ?? Project.defaultActor() }
}

extension ProjectOptions {
    /// Opens the project with the given coder as its actor (for commands that make no codings).
    func open(coder: CoderOptions) throws -> Project {
        let path = try resolvedPath()
        return try reportingFailures { () throws(ThematicError) in try Project.open(at: path, actor: coder.resolved) }
    }
}
