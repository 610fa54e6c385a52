import ThematicModel

/// One entry of a CHAT `@Participants` header: `CHI Eve Target_Child`, `MOT Mother`, `OBS1 Observer Investigator`.
struct CHATParticipant {
    var code: String
    var name: String?
    var chatRole: String?

    /// CHAT's standard roles: a two-word entry (`MOT Mother`) is code and role; any other second
    /// word (`CHI Laetitia`) is a name.
    static let standardRoles: Set<String> = [
        "target_child", "child", "mother", "father", "brother", "sister", "sibling", "grandmother", "grandfather",
        "relative", "participant", "target_adult", "friend", "boy", "girl", "adult", "teenager", "male", "female",
        "investigator", "interviewer", "experimenter", "observer", "teacher", "therapist", "clinician", "doctor",
        "nurse", "caretaker", "student", "partner", "visitor", "playmate", "unidentified", "uncertain", "other",
        "environment", "media", "narrator", "non_human", "speaker", "audience", "justice", "attorney", "host",
        "guest", "interpreter", "translator", "patient", "leader", "member", "group", "team", "housekeeper",
    ]

    /// Reads the entries of an `@Participants` value (entries separated by commas).
    static func list(_ value: String) -> [CHATParticipant] {
        value.split(separator: ",").compactMap { entry in
            let words = entry.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let code = words.first else { return nil }
            switch words.count {
            case 1: return CHATParticipant(code: code)
            case 2:
                // CHAT reads the second word as the role; old files put a name there (`CHI Laetitia`).
                let isRole = standardRoles.contains(words[1].lowercased())
                return CHATParticipant(code: code, name: isRole ? nil : words[1], chatRole: words[1])
            default:
                return CHATParticipant(code: code, name: words[1..<(words.count - 1)].joined(separator: " ").replacingUnderscores,
                                       chatRole: words[words.count - 1])
            }
        }
    }

    /// The part the participant plays in an interview, from the CHAT role.
    var role: SpeakerRole? {
        guard let chatRole = chatRole?.lowercased() else { return nil }
        switch chatRole {
        case "investigator", "interviewer", "experimenter", "observer", "clinician", "therapist", "host",
             "observateur", "observatrice", "enquêteur", "enquêtrice":
            return .interviewer
        case "interpreter", "translator":
            return .interpreter
        case "unidentified", "uncertain", "environment", "media", "narrator", "non_human", "other":
            return .other
        default:
            return .participant
        }
    }
}

extension String {
    fileprivate var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
