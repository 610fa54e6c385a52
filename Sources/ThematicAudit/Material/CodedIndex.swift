import ThematicModel

/// The material indexed once for every question the audit asks: for each code, the segments,
/// utterances, sources, participants and coders its codings reach.
///
/// Sets hold small integers (positions in the arrays below) so that rolling codes up into themes
/// is a union of integer sets. Built in one pass over the codings, each placed among its source's
/// utterances by binary search: O(codings · log utterances).
struct CodedIndex {
    let material: AuditMaterial
    /// Codes in codebook order, and their positions.
    let codeIDs: [String]
    let codePosition: [String: Int]
    let sourcePosition: [String: Int]
    /// `source/speaker` of each participant (a speaker with the participant role in a source).
    private(set) var participantNames: [String] = []
    private(set) var participantSource: [Int] = []
    private(set) var coderNames: [String] = []
    /// The source of each distinct segment (a source and span coded at least once).
    private(set) var segmentSource: [Int] = []
    /// The source of each utterance, by global utterance number.
    private(set) var utteranceSource: [Int] = []

    /// Per code.
    private(set) var segments: [Set<Int>]
    private(set) var utterances: [Set<Int>]
    private(set) var sources: [Set<Int>]
    private(set) var participants: [Set<Int>]
    private(set) var coders: [Set<Int>]
    private(set) var codingCounts: [Int]
    /// Codings that touch some speech other than an interpreter's.
    private(set) var codingsBeyondInterpreters: [Int]

    /// Per source: utterances, utterances touched by a coding, codings.
    private(set) var utteranceCounts: [Int]
    private(set) var codedUtteranceCounts: [Int]
    private(set) var codingsPerSource: [Int]
    /// Codings flagged by re-anchoring.
    private(set) var flagged: [AuditMaterial.Coding] = []

    private struct SegmentKey: Hashable {
        var source: Int
        var start: Int
        var end: Int
    }

    init(_ material: AuditMaterial) {
        self.material = material
        codeIDs = material.codebook.codes.map(\.id)
        codePosition = Dictionary(codeIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        sourcePosition = Dictionary(material.sources.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let codeCount = codeIDs.count
        segments = Array(repeating: [], count: codeCount)
        utterances = Array(repeating: [], count: codeCount)
        sources = Array(repeating: [], count: codeCount)
        participants = Array(repeating: [], count: codeCount)
        coders = Array(repeating: [], count: codeCount)
        codingCounts = Array(repeating: 0, count: codeCount)
        codingsBeyondInterpreters = Array(repeating: 0, count: codeCount)
        utteranceCounts = material.sources.map(\.utterances.count)
        codedUtteranceCounts = Array(repeating: 0, count: material.sources.count)
        codingsPerSource = Array(repeating: 0, count: material.sources.count)

        // Global numbers for utterances and participants.
        var firstUtterance: [Int] = []
        var speakerParticipant: [[String: Int]] = []
        for (sourceIndex, source) in material.sources.enumerated() {
            firstUtterance.append(utteranceSource.count)
            utteranceSource.append(contentsOf: repeatElement(sourceIndex, count: source.utterances.count))
            var speakers: [String: Int] = [:]
            for utterance in source.utterances where utterance.role == .participant && speakers[utterance.speakerID] == nil {
                speakers[utterance.speakerID] = participantNames.count
                participantNames.append("\(source.id)/\(utterance.speakerID)")
                participantSource.append(sourceIndex)
            }
            speakerParticipant.append(speakers)
        }
        var coded = Array(repeating: false, count: utteranceSource.count)
        var segmentNumbers: [SegmentKey: Int] = [:]
        var coderNumbers: [String: Int] = [:]

        for coding in material.codings {
            guard let code = codePosition[coding.codeID], let sourceIndex = sourcePosition[coding.sourceID] else { continue }
            let source = material.sources[sourceIndex]
            codingCounts[code] += 1
            codingsPerSource[sourceIndex] += 1
            if coding.isFlagged { flagged.append(coding) }
            let key = SegmentKey(source: sourceIndex, start: coding.span.start, end: coding.span.end)
            let segment: Int
            if let known = segmentNumbers[key] {
                segment = known
            } else {
                segment = segmentSource.count
                segmentNumbers[key] = segment
                segmentSource.append(sourceIndex)
            }
            segments[code].insert(segment)
            sources[code].insert(sourceIndex)
            let coder: Int
            if let known = coderNumbers[coding.coderID] {
                coder = known
            } else {
                coder = coderNames.count
                coderNumbers[coding.coderID] = coder
                coderNames.append(coding.coderID)
            }
            coders[code].insert(coder)

            var onlyInterpreters = true
            var touched = false
            var local = CodedIndex.firstUtterance(endingAfter: coding.span.start, in: source.utterances)
            while local < source.utterances.count, source.utterances[local].span.start < coding.span.end {
                let utterance = source.utterances[local]
                let global = firstUtterance[sourceIndex] + local
                touched = true
                if utterance.role != .interpreter { onlyInterpreters = false }
                if let participant = speakerParticipant[sourceIndex][utterance.speakerID] {
                    participants[code].insert(participant)
                }
                utterances[code].insert(global)
                if !coded[global] {
                    coded[global] = true
                    codedUtteranceCounts[sourceIndex] += 1
                }
                local += 1
            }
            if !(touched && onlyInterpreters) { codingsBeyondInterpreters[code] += 1 }
        }
    }

    /// The first utterance whose content ends after `offset` (binary search; utterances are in text order).
    static func firstUtterance(endingAfter offset: Int, in utterances: [AuditMaterial.Utterance]) -> Int {
        var low = 0
        var high = utterances.count
        while low < high {
            let middle = (low + high) / 2
            if utterances[middle].span.end <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The union of some codes' sets.
    static func union(_ sets: [Set<Int>], of codes: [Int]) -> Set<Int> {
        guard let largest = codes.max(by: { sets[$0].count < sets[$1].count }) else { return [] }
        var result = sets[largest]
        for code in codes where code != largest { result.formUnion(sets[code]) }
        return result
    }

    /// The positions of a theme's codes and its subthemes' codes, each once, in codebook order.
    func codePositions(ofThemeSubtree themeID: String) -> [Int] {
        let ids = Set(material.codebook.themeSubtree(of: themeID).flatMap(\.codeIDs))
        return ids.compactMap { codePosition[$0] }.sorted()
    }
}
