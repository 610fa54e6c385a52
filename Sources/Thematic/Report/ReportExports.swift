import ThematicCoding
import ThematicReport

// The report types a front end needs, re-exported so it depends on `Thematic` alone.
public typealias ReportFormat = ThematicReport.ReportFormat
public typealias ReportInput = ThematicReport.ReportInput
public typealias ThemeEvidence = ThematicCoding.ThemeEvidence
