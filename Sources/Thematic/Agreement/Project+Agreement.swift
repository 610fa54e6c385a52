import ThematicAgreement
import ThematicCoding
import ThematicModel
import ThematicStore

extension Project {
    /// Agreement between coders on the project's codings (current revisions): per code, per source,
    /// per code × source and overall. Reads only.
    /// - Throws: ``ThematicError/invalidRequest(_:)`` for fewer than two coders or a coder with no
    ///   codings; ``ThematicError/notFound(kind:id:)`` for an unknown source;
    ///   ``ThematicError/coding(_:)`` for an unknown or ambiguous code.
    public func agreement(_ request: AgreementRequest) throws(ThematicError) -> CodingAgreementReport {
        let coders = request.coders.map(CoderSelection.init)
        guard Set(request.coders).count == request.coders.count, coders.count >= 2 else {
            throw .invalidRequest("agreement compares two or more different coders, e.g. --coders anna,ben")
        }
        return try read { session in
            let codebook = try session.codebook()
            let summaries = try session.sourceSummaries()
            let sourceIDs = request.sources ?? summaries.map(\.id)
            for id in sourceIDs where !summaries.contains(where: { $0.id == id }) {
                throw ThematicError.notFound(kind: "source", id: id)
            }
            let codings = try session.currentCodings()
            let knownCoders = Set(codings.map(\.coderID))
            for coder in coders where !knownCoders.contains(where: coder.matches) {
                throw ThematicError.invalidRequest("no codings by coder '\(coder)' in this project (coders: \(knownCoders.sorted().joined(separator: ", ")))")
            }
            let compared = codings.filter { coding in sourceIDs.contains(coding.sourceID) && coders.contains { $0.matches(coding.coderID) } }
            let codes: [String]
            if let names = request.codes {
                codes = try names.map { name throws(ThematicError) in
                    let id: String
                    do {
                        id = try CodeQuery.resolve(name, in: codebook)
                    } catch {
                        throw ThematicError.wrap(error)
                    }
                    if !request.includesSubcodes, codebook.code(id: id)?.isCodable == false {
                        throw .invalidRequest("'\(id)' is a grouping code and has no codings of its own; add --with-subcodes to count the codes below it")
                    }
                    return id
                }
            } else {
                let used = Set(compared.map(\.codeID))
                codes = codebook.codes.map(\.id).filter(used.contains)
            }
            var sources: [AgreementSource] = []
            for id in sourceIDs {
                guard let transcript = try session.transcript(id: id) else { continue }
                sources.append(AgreementSource(id: id, text: transcript.text,
                                               units: Self.agreementUnits(transcript, unit: request.unit, excluding: request.excludedRoles),
                                               codings: compared.filter { $0.sourceID == id }))
            }
            let agreement = CodingAgreement(coders: coders, unit: request.unit, codes: codes, includesSubcodes: request.includesSubcodes,
                                            excludedRoles: request.excludedRoles.map(\.rawValue),
                                            listDisagreements: request.disagreements)
            return agreement.compute(sources)
        }
    }

    /// The units of a transcript: its utterances' content spans, their sentences, or (for
    /// characters) the content spans, leaving out the excluded roles' utterances.
    static func agreementUnits(_ transcript: Transcript, unit: AgreementUnit, excluding roles: [SpeakerRole]) -> [AgreementUnitSpan] {
        let excluded = Set(transcript.speakers.filter { roles.contains($0.role) }.map(\.id))
        let scalars = unit == .sentence ? Array(transcript.text.unicodeScalars) : []
        var units: [AgreementUnitSpan] = []
        for (number, utterance) in transcript.utterances.enumerated() where !excluded.contains(utterance.speakerID) {
            if unit == .sentence {
                units += SentenceBoundary.sentences(in: utterance.span, scalars: scalars).map { AgreementUnitSpan(span: $0, utterance: number + 1) }
            } else {
                units.append(AgreementUnitSpan(span: utterance.span, utterance: number + 1))
            }
        }
        return units
    }
}
