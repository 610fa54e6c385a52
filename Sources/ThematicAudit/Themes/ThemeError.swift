/// Why a change to the themes cannot be made.
public enum ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownTheme(String)
    case themeExists(String)
    case invalidThemeID(String)
    case unknownCode(String)
    case codeNotInTheme(themeID: String, codeID: String)
    /// A theme that still holds codes, subthemes or exemplars, removed without `force`.
    case themeNotEmpty(themeID: String, codes: Int, subthemes: Int, exemplars: Int)
    case invalidChange(String)

    public var description: String {
        switch self {
        case .unknownTheme(let id): "no theme '\(id)' in the codebook"
        case .themeExists(let id): "a theme '\(id)' already exists"
        case .invalidThemeID(let id): "theme id '\(id)' must be lowercase letters, digits and inner '-' (e.g. alliance-as-lived)"
        case .unknownCode(let id): "no code '\(id)' in the codebook"
        case .codeNotInTheme(let theme, let code): "code '\(code)' is not in theme '\(theme)'"
        case .themeNotEmpty(let theme, let codes, let subthemes, let exemplars):
            "theme '\(theme)' still has \(codes) codes, \(subthemes) subthemes and \(exemplars) exemplars; add --force to remove it "
                + "(its codes stay in the codebook, its subthemes move up)"
        case .invalidChange(let message): message
        }
    }
}
