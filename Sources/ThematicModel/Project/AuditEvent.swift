import Foundation

/// One entry of the audit trail: who changed what, when, in which phase.
public struct AuditEvent: Hashable, Sendable, Codable, Identifiable {
    /// The position in the trail, from 1.
    public var id: Int64
    public var timestamp: Date
    /// Who made the change (a coder id or the OS user).
    public var actor: String
    public var phase: Phase
    /// The operation, as the command line names it (`ingest`, `codebook import` …).
    public var command: String
    /// One line a researcher reads in `thematic log`.
    public var summary: String
    /// The details as a JSON object.
    public var payload: String

    public init(id: Int64, timestamp: Date, actor: String, phase: Phase, command: String, summary: String, payload: String) {
        self.id = id
        self.timestamp = timestamp
        self.actor = actor
        self.phase = phase
        self.command = command
        self.summary = summary
        self.payload = payload
    }
}
