import Foundation
import ThematicAudit
import ThematicModel
import ThematicStore

/// A Thematic project: the front door to everything the toolkit does with a study.
///
/// Every operation that changes the project runs as one transaction that also appends one event
/// to the audit trail, so a failed operation leaves the project file exactly as it was.
public final class Project: Sendable {
    /// The project file.
    public let path: String
    /// Who the changes made through this value are recorded as.
    public let actor: String
    let store: ProjectStore

    private init(store: ProjectStore, actor: String) {
        self.path = store.path
        self.store = store
        self.actor = actor
    }

    /// Creates a new project file.
    /// - Parameters:
    ///   - path: where to create it; no file may exist there.
    ///   - name: the study's name; defaults to the file name without extension.
    ///   - actor: who creates it; defaults to ``defaultActor()``.
    public static func create(at path: String, name: String? = nil, actor: String? = nil) throws(ThematicError) -> Project {
        let actor = actor ?? defaultActor()
        let name = name ?? ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        do {
            return Project(store: try ProjectStore.create(at: path, name: name, actor: actor), actor: actor)
        } catch {
            throw .store(error)
        }
    }

    /// Opens an existing project file.
    /// - Throws: ``ThematicError/store(_:)`` when there is no project there, it is another kind of
    ///   file, or it comes from a newer Thematic.
    public static func open(at path: String, actor: String? = nil) throws(ThematicError) -> Project {
        do {
            return Project(store: try ProjectStore.open(at: path), actor: actor ?? defaultActor())
        } catch {
            throw .store(error)
        }
    }

    /// The coder the environment names: `$THEMATIC_CODER`, else the operating-system user.
    public static func defaultActor(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let coder = environment["THEMATIC_CODER"], !coder.isEmpty { return coder }
        if let user = environment["USER"] ?? environment["LOGNAME"], !user.isEmpty { return user }
        return NSUserName()
    }

    /// Runs a read, turning failures into ``ThematicError``.
    func read<T>(_ body: (StoreSession) throws -> T) throws(ThematicError) -> T {
        do {
            return try store.read(body)
        } catch {
            throw ThematicError.wrap(error)
        }
    }

    /// Runs a change as one transaction with one event, turning failures into ``ThematicError``.
    func change<T>(_ command: String, _ body: (StoreSession) throws -> (T, EventDraft?)) throws(ThematicError) -> T {
        do {
            return try store.change(actor: actor, command: command, body)
        } catch {
            throw ThematicError.wrap(error)
        }
    }

    // MARK: - Reading

    /// Every source, summarised, in id order.
    public func sources() throws(ThematicError) -> [SourceSummary] {
        try read { try $0.sourceSummaries() }
    }

    /// A source's transcript.
    /// - Parameters:
    ///   - id: the source id.
    ///   - revision: a revision; `nil` for the current one.
    public func transcript(id: String, revision: Int? = nil) throws(ThematicError) -> Transcript {
        guard let transcript = try read({ try $0.transcript(id: id, revision: revision) }) else {
            throw .notFound(kind: revision.map { "revision \($0) of source" } ?? "source", id: id)
        }
        return transcript
    }

    /// The audit trail, oldest first; `limit` keeps the newest events.
    public func events(limit: Int? = nil) throws(ThematicError) -> [AuditEvent] {
        try read { try $0.events(limit: limit) }
    }

    /// The project's name, phase, counts and the checklist of the current phase.
    public func status() throws(ThematicError) -> ProjectStatus {
        try read { session in
            let evidence = try Project.phaseEvidence(session, material: try Project.auditMaterial(session))
            return ProjectStatus(
                name: try session.setting("name") ?? "", path: path, phase: try session.phase(), counts: evidence.counts,
                checklists: Phase.allCases.map { PhaseChecklist(phase: $0, evidence: evidence) })
        }
    }
}
