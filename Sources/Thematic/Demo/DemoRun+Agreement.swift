import Foundation
import ThematicAgreement

extension DemoRun {
    /// The example's second coder: ben's coding sheet for P01 and P02, compared with the auto-coding.
    static let secondCoderSheet = "coding/ben-P01-P02.csv"

    /// Imports the second coder's sheet and compares it with the auto-coding (all rules pooled as
    /// `auto:*`) on the sheet's interviews, per utterance; `nil` when the example has no such sheet.
    func compareCoders(in project: Project, step: (String) -> Void) throws(ThematicError) -> CodingAgreementReport? {
        let sheet = (exampleDirectory as NSString).appendingPathComponent(Self.secondCoderSheet)
        guard FileManager.default.fileExists(atPath: sheet) else { return nil }
        step("phase 2, initial codes: importing a second coder's sheet (ben: P01, P02) and comparing it with the auto-coding")
        _ = try project.importSheet(from: sheet)
        return try project.agreement(AgreementRequest(coders: ["auto:*", "ben"], unit: .utterance, sources: ["P01", "P02"]))
    }
}
