/// The part a speaker plays in an interview.
public enum SpeakerRole: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case interviewer
    case participant
    case interpreter
    case other

    public var description: String { rawValue }

    /// The role a bare speaker label most likely means: `Interviewer 1`, `Int`, `I`, `Q`,
    /// `Moderator` → interviewer; `Interpreter`, `Dolmetscher`, `Translator` → interpreter;
    /// `Unknown Speaker`, `Break`, `Automation` → other; anything else → participant.
    public static func guess(fromLabel label: String) -> SpeakerRole {
        let words = label.lowercased()
            .split(whereSeparator: { !$0.isLetter })
            .map(String.init)
        guard let first = words.first else { return .participant }
        let interpreters: Set = ["interpreter", "interpret", "dolmetscher", "dolmetscherin",
                                 "translator", "interprète", "interprete", "intérprete"]
        if words.contains(where: interpreters.contains) { return .interpreter }
        let interviewers: Set = ["interviewer", "interviewerin", "int", "i", "q", "moderator",
                                 "facilitator", "researcher", "intervieweur", "enquêteur", "enqueteur"]
        if interviewers.contains(first) || first.hasPrefix("interviewer") { return .interviewer }
        let others: Set = ["unknown", "break", "automation", "narrator", "operator", "unidentified"]
        if others.contains(first) { return .other }
        return .participant
    }
}
