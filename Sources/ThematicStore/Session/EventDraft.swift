import Foundation

/// What an operation says about itself for the audit trail: a line for people, details for programs.
public struct EventDraft: Sendable {
    public var summary: String
    /// The details, as a JSON object.
    public var payload: String
    /// Why the payload could not be encoded; appending such an event fails instead of storing `{}`.
    public var encodingFailure: String?

    /// - Parameters:
    ///   - summary: one line a researcher reads in `thematic log`.
    ///   - payload: details, encoded as JSON (an object is expected).
    public init(summary: String, payload: some Encodable) {
        self.summary = summary
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            self.payload = String(decoding: try encoder.encode(payload), as: UTF8.self)
        } catch {
            self.payload = ""
            self.encodingFailure = "\(error)"
        }
    }
}
