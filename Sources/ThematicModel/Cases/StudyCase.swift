/// A case of the study (usually a participant): the sources that belong to it and its attributes.
///
/// Named `StudyCase` because `case` is a Swift keyword.
public struct StudyCase: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    /// The ids of the sources (transcripts) of this case.
    public var sourceIDs: [String]
    public var attributes: [CaseAttribute]

    public init(id: String, sourceIDs: [String] = [], attributes: [CaseAttribute] = []) {
        self.id = id
        self.sourceIDs = sourceIDs
        self.attributes = attributes
    }

    /// The attribute with this name, if the case has it.
    public func attribute(_ name: String) -> CaseAttribute? {
        attributes.first { $0.name == name }
    }
}
