/// Why a codebook is not well formed.
public enum CodebookError: Error, Hashable, Sendable, CustomStringConvertible {
    case invalidSlug(codeID: String)
    case duplicateCode(id: String)
    case duplicateGUID(codeID: String, otherCodeID: String)
    case missingParent(codeID: String, parentID: String)
    case unknownCodeInTheme(themeID: String, codeID: String)
    case duplicateTheme(id: String)
    case invalidThemeID(themeID: String)
    case unknownParentTheme(themeID: String, parentID: String)
    case themeCycle(themeID: String)

    public var description: String {
        switch self {
        case .invalidSlug(let id):
            "code '\(id)': each part of a code id must be lowercase letters, digits or '-' (e.g. alliance/bond/trust)"
        case .duplicateCode(let id):
            "code '\(id)' is defined twice"
        case .duplicateGUID(let id, let other):
            "codes '\(id)' and '\(other)' share one guid"
        case .missingParent(let id, let parent):
            "code '\(id)' needs its parent '\(parent)' in the codebook"
        case .unknownCodeInTheme(let theme, let code):
            "theme '\(theme)' names code '\(code)', which is not in the codebook"
        case .duplicateTheme(let id):
            "theme '\(id)' is defined twice"
        case .invalidThemeID(let id):
            "theme id '\(id)' must be lowercase letters, digits and '-' (e.g. alliance-as-lived)"
        case .unknownParentTheme(let theme, let parent):
            "theme '\(theme)' names parent theme '\(parent)', which is not in the codebook"
        case .themeCycle(let theme):
            "theme '\(theme)' would be its own subtheme"
        }
    }
}
