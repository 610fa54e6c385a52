// The agreement statistics are plain values: a front end (the CLI, the report) uses them as they are.
@_exported import ThematicAgreement
