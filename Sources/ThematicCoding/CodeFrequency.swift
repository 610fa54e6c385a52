import ThematicModel

/// How often a code is used: codings, sources and coders.
public struct CodeFrequency: Hashable, Sendable, Codable {
    public var codeID: String
    public var codings: Int
    public var sources: Int
    public var coders: Int

    /// One row per code that has codings, in codebook order.
    public static func table(_ codebook: Codebook, codings: [Coding]) -> [CodeFrequency] {
        let byCode = Dictionary(grouping: codings, by: \.codeID)
        return CodingMatrix.codedCodes(codebook, codings: codings).map { id in
            let own = byCode[id] ?? []
            return CodeFrequency(codeID: id, codings: own.count, sources: Set(own.map(\.sourceID)).count,
                                 coders: Set(own.map(\.coderID)).count)
        }
    }
}
