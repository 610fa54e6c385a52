/// A person who speaks in a transcript.
public struct Speaker: Hashable, Sendable, Codable, Identifiable {
    /// Unique within its transcript: the label as first written, with runs of white space folded.
    public var id: String
    /// The name to show a researcher.
    public var name: String
    public var role: SpeakerRole

    public init(id: String, name: String, role: SpeakerRole) {
        self.id = id
        self.name = name
        self.role = role
    }
}
