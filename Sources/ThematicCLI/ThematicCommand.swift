import ArgumentParser

/// `thematic`: qualitative interview coding from the command line.
@main
struct ThematicCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thematic",
        abstract: "Qualitative interview coding: exact, scriptable, auditable.",
        discussion: """
            A study lives in one project file (SQLite). Ingest transcripts into it, import a \
            codebook, code, and every change is recorded in the audit trail.

            Start here:
              thematic demo                           run the bundled example study
              thematic init --project study.thematic  create a project
              thematic ingest transcripts/*.txt       add transcripts
              thematic sources list                   what the project holds
              thematic sources show P01               a transcript, an utterance a line
              thematic log                            the audit trail

            Commands that use a project take --project PATH; without it, $THEMATIC_PROJECT, \
            else the only *.thematic file in the current folder. Data goes to stdout \
            (--format json for scripts), diagnostics to stderr as file:line:column: error: …

            Exit codes: 0 success, 1 failure, 64 wrong usage.
            """,
        version: "0.1.0",
        subcommands: [Init.self, Ingest.self, Sources.self, Parse.self, CodebookCommand.self, Log.self,
                      Status.self, Demo.self, Export.self, Import.self, Report.self, Agreement.self,
                      Code.self, Uncode.self, Sheet.self, Autocode.self, Query.self, Matrix.self, Cases.self, MemoCommand.self,
                      Speakers.self, Flags.self, Doctor.self,
                      ThemeCommand.self, PhaseCommand.self, AuditCommand.self]
    )
}
