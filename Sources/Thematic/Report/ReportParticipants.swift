import ThematicCoding
import ThematicModel
import ThematicReport

/// Who the study's participants are, for counting a theme's reach: the cases when the project has
/// them (a case is a participant), else the speakers in the participant role of each source.
struct ReportParticipants {
    let cases: [StudyCase]
    /// Without cases: each source's participant speakers, as `source/speaker`.
    let speakersBySource: [String: [String]]

    init(cases: [StudyCase], sources: [Transcript]) {
        self.cases = cases
        var speakers: [String: [String]] = [:]
        for transcript in sources {
            speakers[transcript.id] = transcript.speakers.filter { $0.role == .participant }.map { transcript.id + "/" + $0.id }
        }
        speakersBySource = speakers
    }

    /// The case attribute's values in order (numbers by value), `(none)` last when a case lacks it.
    func values(of attribute: String) -> [String] {
        var values = Array(Set(cases.compactMap { $0.attribute(attribute)?.value }))
        values.sort { lhs, rhs in
            if let l = Double(lhs), let r = Double(rhs), l != r { return l < r }
            return lhs < rhs
        }
        if cases.contains(where: { $0.attribute(attribute) == nil }) { values.append("(none)") }
        return values
    }

    /// The participants a theme's segments reach.
    func reached(by evidence: ThemeEvidence) -> Set<String> {
        if !cases.isEmpty {
            let sources = evidence.sourceIDs
            return Set(cases.filter { !sources.isDisjoint(with: $0.sourceIDs) }.map(\.id))
        }
        var reached = Set<String>()
        for segment in evidence.segments {
            switch segment.speaker.role {
            case .participant: reached.insert(segment.sourceID + "/" + segment.speaker.id)
            case .interpreter: reached.formUnion(speakersBySource[segment.sourceID] ?? [])
            case .interviewer, .other: break
            }
        }
        return reached
    }

    /// How many participants there are.
    var total: Int { cases.isEmpty ? speakersBySource.values.map(\.count).reduce(0, +) : cases.count }

    /// A theme's prevalence, overall and per value of the split attribute.
    func prevalence(of evidence: ThemeEvidence, split: SplitAttribute?) -> ThemePrevalence {
        let reached = reached(by: evidence)
        let groups = split.map { split in
            split.values.map { value -> PrevalenceGroup in
                let members = cases.filter { ($0.attribute(split.name)?.value ?? "(none)") == value }
                let sources = Set(members.flatMap(\.sourceIDs))
                return PrevalenceGroup(value: value, segments: evidence.segments.filter { sources.contains($0.sourceID) }.count,
                                       participants: members.filter { reached.contains($0.id) }.count, groupParticipants: members.count)
            }
        } ?? []
        return ThemePrevalence(segments: evidence.segments.count, sources: evidence.sourceIDs.count,
                               totalSources: speakersBySource.count, participants: reached.count,
                               totalParticipants: total, groups: groups)
    }
}
