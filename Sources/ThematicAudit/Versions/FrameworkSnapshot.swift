import ThematicModel

/// The codebook and themes at one moment, with how many segments each code and theme had:
/// what `audit snapshot` stores and `audit diff` compares.
public struct FrameworkSnapshot: Hashable, Sendable, Codable {
    public var codebook: Codebook
    /// Distinct coded segments per code id.
    public var codeSegments: [String: Int]
    /// Distinct coded segments per theme id (its subthemes' codes included).
    public var themeSegments: [String: Int]

    public init(codebook: Codebook, codeSegments: [String: Int], themeSegments: [String: Int]) {
        self.codebook = codebook
        self.codeSegments = codeSegments
        self.themeSegments = themeSegments
    }

    /// Takes a snapshot of the material's codebook and counts.
    public init(of material: AuditMaterial) {
        let index = CodedIndex(material)
        var codes: [String: Int] = [:]
        for (position, id) in index.codeIDs.enumerated() { codes[id] = index.segments[position].count }
        var themes: [String: Int] = [:]
        for theme in material.codebook.themes {
            themes[theme.id] = CodedIndex.union(index.segments, of: index.codePositions(ofThemeSubtree: theme.id)).count
        }
        self.init(codebook: material.codebook, codeSegments: codes, themeSegments: themes)
    }

    enum CodingKeys: String, CodingKey {
        case codebook
        case codeSegments = "code_segments"
        case themeSegments = "theme_segments"
    }
}
