import ThematicModel

/// Counts the prevalence of a set of codes (a code, or a theme's codes) in the indexed material,
/// split by a case attribute when asked.
struct PrevalenceCounter {
    let index: CodedIndex
    let attribute: String?
    /// The cases each source belongs to.
    private let casesBySource: [[Int]]
    private let isNumeric: Bool

    init(index: CodedIndex, attribute: String?) {
        self.index = index
        self.attribute = attribute
        var casesBySource = Array(repeating: [Int](), count: index.material.sources.count)
        for (caseIndex, studyCase) in index.material.cases.enumerated() {
            for source in studyCase.sourceIDs {
                if let position = index.sourcePosition[source] { casesBySource[position].append(caseIndex) }
            }
        }
        self.casesBySource = casesBySource
        let values = index.material.cases.compactMap { studyCase in attribute.flatMap { studyCase.attribute($0) } }
        isNumeric = !values.isEmpty && values.allSatisfy { $0.kind == .number }
    }

    /// The prevalence of the codes at these positions.
    func prevalence(of codes: [Int]) -> Prevalence {
        let segments = CodedIndex.union(index.segments, of: codes)
        let sources = CodedIndex.union(index.sources, of: codes)
        let participants = CodedIndex.union(index.participants, of: codes)
        let total = index.material.sources.count
        return Prevalence(segments: segments.count, codings: codes.reduce(0) { $0 + index.codingCounts[$1] },
                          sources: sources.count, participants: participants.count,
                          sourceShare: total == 0 ? 0 : Double(sources.count) / Double(total),
                          byAttribute: attribute.map { split(by: $0, segments: segments, sources: sources) })
    }

    /// Per source: the code's segments and participants.
    func evidence(of code: Int) -> [FrameworkAsCoded.SourceEvidence] {
        var segmentsBySource: [Int: Int] = [:]
        for segment in index.segments[code] { segmentsBySource[index.segmentSource[segment], default: 0] += 1 }
        var participantsBySource: [Int: [String]] = [:]
        for participant in index.participants[code] {
            participantsBySource[index.participantSource[participant], default: []].append(index.participantNames[participant])
        }
        return segmentsBySource.keys.sorted().map { source in
            FrameworkAsCoded.SourceEvidence(source: index.material.sources[source].id, segments: segmentsBySource[source] ?? 0,
                                            participants: (participantsBySource[source] ?? []).sorted())
        }
    }

    private func split(by attribute: String, segments: Set<Int>, sources: Set<Int>) -> AttributeSplit {
        let cases = index.material.cases
        var casesWithNode = Set<Int>()
        for source in sources { casesWithNode.formUnion(casesBySource[source]) }
        if isNumeric {
            var present: [Double] = []
            var absent: [Double] = []
            for (caseIndex, studyCase) in cases.enumerated() {
                guard let value = studyCase.attribute(attribute).flatMap({ Double($0.value) }) else { continue }
                if casesWithNode.contains(caseIndex) { present.append(value) } else { absent.append(value) }
            }
            return AttributeSplit(attribute: attribute, isNumeric: true,
                                  present: AttributeSplit.Summary(present), absent: AttributeSplit.Summary(absent))
        }
        var order: [String] = []
        var casesByValue: [String: [Int]] = [:]
        for (caseIndex, studyCase) in cases.enumerated() {
            let value = studyCase.attribute(attribute)?.value ?? "(none)"
            if casesByValue[value] == nil { order.append(value) }
            casesByValue[value, default: []].append(caseIndex)
        }
        var segmentsByCase: [Int: Int] = [:]
        for segment in segments {
            for caseIndex in casesBySource[index.segmentSource[segment]] { segmentsByCase[caseIndex, default: 0] += 1 }
        }
        return AttributeSplit(attribute: attribute, isNumeric: false, groups: order.sorted().map { value in
            let members = casesByValue[value] ?? []
            return AttributeSplit.Group(value: value, cases: members.count,
                                        casesWithNode: members.filter(casesWithNode.contains).count,
                                        segments: members.reduce(0) { $0 + (segmentsByCase[$1] ?? 0) })
        })
    }

    /// The framework as coded.
    func framework() -> FrameworkAsCoded {
        let codebook = index.material.codebook
        func node(_ theme: Theme) -> FrameworkAsCoded.ThemeNode {
            FrameworkAsCoded.ThemeNode(
                id: theme.id, name: theme.name, status: theme.status, definition: theme.definition,
                prevalence: prevalence(of: index.codePositions(ofThemeSubtree: theme.id)),
                codes: theme.codeIDs.compactMap { id in
                    index.codePosition[id].map { position in
                        FrameworkAsCoded.CodeNode(id: id, name: codebook.codes[position].name,
                                                  prevalence: prevalence(of: [position]), sources: evidence(of: position))
                    }
                },
                subthemes: codebook.subthemes(of: theme.id).map(node))
        }
        return FrameworkAsCoded(themes: codebook.subthemes(of: nil).map(node), sources: index.material.sources.count,
                                participants: index.participantNames.count, attribute: attribute)
    }
}
