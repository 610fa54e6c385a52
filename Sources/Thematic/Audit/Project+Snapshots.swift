import Foundation
import ThematicAudit
import ThematicModel
import ThematicStore

/// A stored snapshot of codebook and themes, without its content.
public struct SnapshotSummary: Sendable, Hashable, Codable {
    public var name: String
    public var takenAt: Date
    public var actor: String
    public var phase: Phase
    /// Why it was taken (`phase 2 → 3`, `audit snapshot`).
    public var reason: String
}

extension Project {
    /// Takes a snapshot of the codebook and themes, with their segment counts, under a name.
    /// - Throws: ``ThematicError/invalidRequest(_:)`` when the name is empty or taken (snapshots are immutable).
    public func snapshot(name: String) throws(ThematicError) -> SnapshotSummary {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed != "now" else { throw .invalidRequest("a snapshot needs a name (not 'now', which means the present)") }
        return try change("audit snapshot") { session in
            guard try session.snapshotContent(name: trimmed) == nil else {
                throw ThematicError.invalidRequest("a snapshot '\(trimmed)' exists already; snapshots are never replaced, choose another name")
            }
            _ = try Project.takeSnapshot(session, material: try Project.auditMaterial(session), name: trimmed, reason: "audit snapshot",
                                         actor: actor)
            let summary = try session.snapshotList().last.map(Project.summary)!
            return (summary, EventDraft(summary: "snapshot '\(trimmed)'", payload: ["name": trimmed]))
        }
    }

    /// Every snapshot, oldest first.
    public func snapshots() throws(ThematicError) -> [SnapshotSummary] {
        try read { try $0.snapshotList().map(Project.summary) }
    }

    /// What changed between two snapshots, or between a snapshot and now.
    /// - Parameters:
    ///   - from: a snapshot's name.
    ///   - to: another snapshot's name; `nil` or `now` for the project as it is.
    public func diff(from: String, to: String? = nil) throws(ThematicError) -> FrameworkDiff {
        try read { session in
            let before = try Project.loadSnapshot(from, session)
            let after: FrameworkSnapshot
            if let to, to != "now" {
                after = try Project.loadSnapshot(to, session)
            } else {
                after = FrameworkSnapshot(of: try Project.auditMaterial(session))
            }
            return FrameworkDiff(from: before, to: after)
        }
    }

    /// Stores a snapshot of the material's framework; a `nil` name makes one from the phase (`phase-3`, `phase-3-2`, …).
    /// - Returns: the name used.
    static func takeSnapshot(_ session: StoreSession, material: AuditMaterial, name: String?, reason: String,
                             actor: String) throws -> String {
        let phase = try session.phase().rawValue
        var chosen = name ?? "phase-\(phase)"
        if name == nil {
            var number = 2
            let base = chosen
            while try session.snapshotContent(name: chosen) != nil {
                chosen = "\(base)-\(number)"
                number += 1
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let content = String(decoding: try encoder.encode(FrameworkSnapshot(of: material)), as: UTF8.self)
        try session.insertSnapshot(name: chosen, actor: actor, reason: reason, content: content)
        return chosen
    }

    private static func loadSnapshot(_ name: String, _ session: StoreSession) throws -> FrameworkSnapshot {
        guard let content = try session.snapshotContent(name: name) else {
            let known = try session.snapshotList().map(\.name)
            throw ThematicError.invalidRequest("no snapshot '\(name)'" + (known.isEmpty ? " (none taken yet)" : " (known: \(known.joined(separator: ", ")))"))
        }
        return try JSONDecoder().decode(FrameworkSnapshot.self, from: Data(content.utf8))
    }

    private static func summary(_ row: (name: String, takenAt: Date, actor: String, phase: Phase, reason: String)) -> SnapshotSummary {
        SnapshotSummary(name: row.name, takenAt: row.takenAt, actor: row.actor, phase: row.phase, reason: row.reason)
    }
}
