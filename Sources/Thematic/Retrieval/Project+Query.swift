import Foundation
import ThematicCoding
import ThematicModel
import ThematicStore

extension Project {
    /// The segments (utterances) whose codes satisfy a query, in source and text order, each hit
    /// with the memos on the codings that touch it.
    /// - Parameters:
    ///   - query: e.g. `alliance/bond/trust AND (goals OR tasks) AND NOT interpreter`.
    ///   - options: filters and context.
    /// - Throws: ``ThematicError/coding(_:)`` for a malformed query or an unknown or ambiguous code.
    public func query(_ query: String, options: QueryOptions = QueryOptions()) throws(ThematicError) -> [Retrieval.Segment] {
        try read { session in
            let expression = try CodeQuery(parsing: query).resolved(in: try session.codebook())
            let retrieval = Retrieval(query: expression, exact: options.exact, speakers: options.speakers, roles: options.roles,
                                      coders: options.coders, context: options.context)
            return try Project.selectedSources(options, session).flatMap { transcript in
                let codings = try session.codings(ofSource: transcript.id)
                let counted = options.coders.isEmpty ? codings : codings.filter { options.coders.contains($0.coderID) }
                let memos = Dictionary(grouping: try session.memos(onCodings: counted.map(\.id)),
                                       by: { UUID(uuidString: $0.target.targetID ?? "") ?? UUID() })
                return retrieval.segments(in: transcript, codings: codings).map { segment in
                    var segment = segment
                    if !segment.isContext { segment.memos = CodingNote.notes(overlapping: segment.span, codings: counted, memos: memos) }
                    return segment
                }
            }
        }
    }

    /// Code-by-code co-occurrence over the current revisions of the selected sources.
    public func cooccurrence(unit: CodingMatrix.CooccurrenceUnit, options: QueryOptions = QueryOptions()) throws(ThematicError) -> CodingMatrix {
        try read { session in
            let sources = try Project.selectedCodings(options, session)
            let codes = CodingMatrix.codedCodes(try session.codebook(), codings: sources.flatMap(\.1))
            return CodingMatrix.cooccurrence(codes: codes, sources: sources, unit: unit)
        }
    }

    /// Codings per code and source.
    public func codeBySource(options: QueryOptions = QueryOptions()) throws(ThematicError) -> CodingMatrix {
        try read { session in
            let sources = try Project.selectedCodings(options, session)
            let codings = sources.flatMap(\.1)
            return CodingMatrix.codeBySource(codes: CodingMatrix.codedCodes(try session.codebook(), codings: codings),
                                             sourceIDs: sources.map(\.0.id), codings: codings)
        }
    }

    /// Codings per code and value of a case attribute.
    public func codeByCase(attribute: String, options: QueryOptions = QueryOptions()) throws(ThematicError) -> CodingMatrix {
        try read { session in
            let cases = try session.cases()
            guard cases.contains(where: { $0.attribute(attribute) != nil }) else {
                throw ThematicError.notFound(kind: "case attribute", id: attribute)
            }
            let codings = try Project.selectedCodings(options, session).flatMap(\.1)
            return CodingMatrix.codeByCase(codes: CodingMatrix.codedCodes(try session.codebook(), codings: codings),
                                           cases: cases, attribute: attribute, codings: codings)
        }
    }

    /// How often each code is used on the current revisions.
    public func frequencies(options: QueryOptions = QueryOptions()) throws(ThematicError) -> [CodeFrequency] {
        try read { session in
            CodeFrequency.table(try session.codebook(), codings: try Project.selectedCodings(options, session).flatMap(\.1))
        }
    }

    /// The selected transcripts, each with its codings by the selected coders that touch an
    /// utterance of the selected speakers and roles.
    static func selectedCodings(_ options: QueryOptions, _ session: StoreSession) throws -> [(Transcript, [Coding])] {
        try selectedSources(options, session).map { transcript in
            var codings = try session.codings(ofSource: transcript.id)
            if !options.coders.isEmpty { codings = codings.filter { options.coders.contains($0.coderID) } }
            guard !options.speakers.isEmpty || !options.roles.isEmpty else { return (transcript, codings) }
            let speakers = Dictionary(transcript.speakers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let chosen = transcript.utterances.map { utterance in
                let speaker = speakers[utterance.speakerID]
                return (options.roles.isEmpty || options.roles.contains(speaker?.role ?? .other))
                    && (options.speakers.isEmpty || options.speakers.contains { $0 == utterance.speakerID || $0 == speaker?.name })
            }
            return (transcript, codings.filter { coding in
                CodedUtterance.utterances(overlapping: coding.span, in: transcript.utterances).contains { chosen[$0] }
            })
        }
    }

    /// The transcripts the source and case filters select, in id order.
    static func selectedSources(_ options: QueryOptions, _ session: StoreSession) throws -> [Transcript] {
        var ids = try session.sourceSummaries().map(\.id)
        for wanted in options.sources where !ids.contains(wanted) {
            throw ThematicError.notFound(kind: "source", id: wanted)
        }
        if !options.sources.isEmpty { ids = ids.filter(options.sources.contains) }
        if !options.caseAttributes.isEmpty {
            let cases = try session.cases()
            for name in options.caseAttributes.keys where !cases.contains(where: { $0.attribute(name) != nil }) {
                throw ThematicError.notFound(kind: "case attribute", id: name)
            }
            let matching = cases.filter { studyCase in
                options.caseAttributes.allSatisfy { name, value in studyCase.attribute(name)?.matches(value) ?? false }
            }
            let allowed = Set(matching.flatMap(\.sourceIDs))
            ids = ids.filter(allowed.contains)
        }
        return try ids.compactMap { try session.transcript(id: $0) }
    }
}
