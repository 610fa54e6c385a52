import ThematicStore

extension Project {
    /// Checks the project file (see ``DoctorFinding/Kind``); reads only.
    public func doctor() throws(ThematicError) -> DoctorReport {
        DoctorReport(project: path, findings: try read { try $0.doctorFindings() }, repaired: [])
    }

    /// Repairs what can be repaired safely — in one transaction with one event — then checks again.
    /// A project with nothing to repair is left untouched (no event).
    public func repair() throws(ThematicError) -> DoctorReport {
        let repaired = try change("doctor --repair") { session in
            guard try session.doctorFindings().contains(where: { $0.repair != nil }) else { return ([String](), nil) }
            let repaired = try session.repairDoctorFindings()
            let summary = "repaired \(repaired.count) problem\(repaired.count == 1 ? "" : "s") found by doctor"
            return (repaired, EventDraft(summary: summary, payload: ["repaired": repaired]))
        }
        var report = try doctor()
        report.repaired = repaired
        return report
    }
}
