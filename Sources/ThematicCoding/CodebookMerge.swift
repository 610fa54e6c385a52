import ThematicModel

/// How a codebook read from a file changes the project's codebook: update in place, never lose.
///
/// A code in the file is the same as a stored code when their guids match (so a renamed or
/// moved code keeps its codings), else when their ids match; a matched code keeps its stored
/// guid, which is its identity forever. Stored codes the file does not mention are kept.
public struct CodebookMerge: Hashable, Sendable {
    /// One change to make, in an order that keeps parents before children.
    public enum Step: Hashable, Sendable {
        case insert(Code, position: Int)
        case update(fromID: String, to: Code, position: Int)
    }

    public var steps: [Step] = []
    /// Ids of codes that are new.
    public var added: [String] = []
    /// Ids of matched codes whose fields changed (their new ids).
    public var changed: [String] = []
    /// Matched codes whose id changed (renamed or moved).
    public var renamed: [Rename] = []
    /// How many matched codes are exactly as stored.
    public var unchanged = 0
    /// Stored codes the file does not mention (kept as they are).
    public var notInFile: [String] = []
    /// The themes after the merge: the file's themes replace stored ones of the same id.
    public var themes: [Theme] = []
    /// The codebook's auto-coding rules after the merge: the file's rules replace stored ones of
    /// the same id; stored rules the file does not mention are kept and follow renamed codes.
    public var rules: [AutoCodingRule] = []

    /// A code whose id changed.
    public struct Rename: Hashable, Sendable, Codable {
        public var from: String
        public var to: String

        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
    }

    /// Plans the merge of `incoming` into `current`.
    public init(current: Codebook, incoming: Codebook) {
        let byGUID = Dictionary(current.codes.map { ($0.guid, $0) }, uniquingKeysWith: { first, _ in first })
        let byID = Dictionary(current.codes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let storedPosition = Dictionary(current.codes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var matchedIDs = Set<String>()
        // Old id → new id of every matched code whose id changed, so its subtree can follow it.
        var moves: [String: String] = [:]
        for (position, code) in incoming.codes.enumerated() {
            // A code without its guid in the file is the stored code its id names — or, below a
            // renamed or moved parent, the stored child that moves with that parent.
            func carriedMatch() -> Code? {
                guard !moves.isEmpty else { return nil }
                return current.codes.first { stored in
                    !matchedIDs.contains(stored.id) && stored.id != code.id && CodebookMerge.carried(stored.id, by: moves) == code.id
                }
            }
            let unmatchedByID = byID[code.id].flatMap { matchedIDs.contains($0.id) ? nil : $0 }
            guard let existing = byGUID[code.guid] ?? unmatchedByID ?? carriedMatch() else {
                steps.append(.insert(code, position: position))
                added.append(code.id)
                continue
            }
            matchedIDs.insert(existing.id)
            if existing.id != code.id { moves[existing.id] = code.id }
            var merged = code
            merged.guid = existing.guid
            if merged == existing {
                unchanged += 1
                if storedPosition[existing.id] == position { continue }
            } else if existing.id != merged.id {
                renamed.append(Rename(from: existing.id, to: merged.id))
            } else {
                changed.append(merged.id)
            }
            steps.append(.update(fromID: existing.id, to: merged, position: position))
        }
        var position = incoming.codes.count
        for code in current.codes where !matchedIDs.contains(code.id) {
            // A code the file does not mention stays, below its parent wherever that went.
            var kept = code
            kept.id = CodebookMerge.carried(code.id, by: moves)
            notInFile.append(kept.id)
            if kept.id != code.id {
                renamed.append(Rename(from: code.id, to: kept.id))
                steps.append(.update(fromID: code.id, to: kept, position: position))
            } else if storedPosition[code.id] != position {
                steps.append(.update(fromID: code.id, to: code, position: position))
            }
            position += 1
        }
        result = Codebook(name: incoming.name.isEmpty ? current.name : incoming.name,
                          description: incoming.name.isEmpty ? current.description : incoming.description,
                          codes: CodebookMerge.codes(after: steps, current: current), themes: [], rules: [])
        let renames = Dictionary(renamed.map { ($0.from, $0.to) }, uniquingKeysWith: { first, _ in first })
        themes = CodebookMerge.mergeThemes(current: current.themes, incoming: incoming.themes, codeRenames: renames)
        result.themes = themes
        themesChanged = themes != current.themes
        let incomingRuleIDs = Set(incoming.rules.map(\.id))
        rules = incoming.rules + current.rules.filter { !incomingRuleIDs.contains($0.id) }.map { rule in
            CodebookEditor.renamingCodes(in: rule) { renames[$0] ?? $0 }
        }
        rulesChanged = rules != current.rules
    }

    /// The codebook as it will be after the merge (codes, name, themes), to validate before storing.
    public private(set) var result = Codebook()

    /// An id with its nearest renamed or moved ancestor (or itself) replaced by where it went.
    static func carried(_ id: String, by moves: [String: String]) -> String {
        var prefix = id
        while true {
            if let target = moves[prefix] { return target + id.dropFirst(prefix.count) }
            guard let slash = prefix.lastIndex(of: "/") else { return id }
            prefix = String(prefix[..<slash])
        }
    }

    /// The stored codes with the steps applied, in codebook order (by position).
    private static func codes(after steps: [Step], current: Codebook) -> [Code] {
        var positioned = Dictionary(current.codes.enumerated().map { ($1.id, (position: $0, code: $1)) },
                                    uniquingKeysWith: { first, _ in first })
        var inserted: [(position: Int, code: Code)] = []
        for step in steps {
            switch step {
            case .insert(let code, let position):
                inserted.append((position, code))
            case .update(let fromID, let code, let position):
                positioned[fromID] = (position, code)
            }
        }
        return (Array(positioned.values) + inserted).sorted { ($0.position, $0.code.id) < ($1.position, $1.code.id) }.map(\.code)
    }

    /// The file's themes replace stored ones matched by guid, else by id (a matched theme keeps
    /// its stored guid; one matched by guid under a new id is renamed, and its subthemes follow);
    /// stored themes the file does not mention are kept after the file's.
    /// Kept themes follow renamed and moved codes (`codeRenames`).
    static func mergeThemes(current: [Theme], incoming: [Theme], codeRenames: [String: String] = [:]) -> [Theme] {
        var matched = Set<String>()
        var renamedThemes: [String: String] = [:]
        let merged = incoming.map { theme in
            var theme = theme
            if let stored = current.first(where: { $0.guid == theme.guid }) ?? current.first(where: { $0.id == theme.id }) {
                theme.guid = stored.guid
                matched.insert(stored.id)
                if stored.id != theme.id { renamedThemes[stored.id] = theme.id }
            }
            return theme
        }
        let incomingIDs = Set(incoming.map(\.id))
        let kept = current.filter { !matched.contains($0.id) && !incomingIDs.contains($0.id) }.map { theme in
            var theme = theme
            if let parent = theme.parentID, let renamed = renamedThemes[parent] { theme.parentID = renamed }
            theme.codeIDs = theme.codeIDs.map { codeRenames[$0] ?? $0 }
            return theme
        }
        return merged + kept
    }

    /// Whether the codebook's auto-coding rules differ from the stored ones.
    public private(set) var rulesChanged = false

    /// Whether the themes differ from the stored ones.
    public private(set) var themesChanged = false

    /// Whether the merge changes anything.
    public var isEmpty: Bool { steps.isEmpty && !themesChanged && !rulesChanged }
}
