import Foundation

/// What an operation says about itself for the audit trail: a line for people, details for programs.
public struct EventDraft: Sendable {
    public var summary: String
    /// The details, as a JSON object.
    public var payload: String

    /// - Parameters:
    ///   - summary: one line a researcher reads in `thematic log`.
    ///   - payload: details, encoded as JSON (an object is expected).
    public init(summary: String, payload: some Encodable) {
        self.summary = summary
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        self.payload = (try? encoder.encode(payload)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }
}
