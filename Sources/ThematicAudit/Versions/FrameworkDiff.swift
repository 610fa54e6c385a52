import ThematicModel

/// What changed in the codebook and themes between two snapshots: codes and themes added,
/// removed, renamed, moved, merged, split and redefined, with segment counts before and after.
///
/// Codes and themes are matched by guid, so a rename is a rename and not a removal plus an
/// addition. Merges and splits are not recorded as such in a snapshot and are inferred: a removed
/// code was merged into the surviving code whose segments grew by the amount closest to the
/// removed code's; a removed theme was merged into the surviving theme that now holds all its
/// codes; a new theme was split off the surviving theme that held all its codes before.
public struct FrameworkDiff: Hashable, Sendable, Codable {
    /// What happened to a code or theme.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case added, removed, renamed, moved, merged, split, redefined
    }

    /// Whether a change is about a code or a theme.
    public enum Object: String, Hashable, Sendable, Codable {
        case code, theme
    }

    /// One change.
    public struct Change: Hashable, Sendable, Codable {
        public var kind: Kind
        public var object: Object
        /// The id before (absent for an addition).
        public var from: String?
        /// The id after (absent for a removal); for a merge, the code or theme merged into; for a
        /// split, the new theme.
        public var to: String?
        public var segmentsBefore: Int?
        public var segmentsAfter: Int?
        /// What changed, for people (`definition`, `name: A → B`).
        public var detail: String

        public init(kind: Kind, object: Object, from: String?, to: String?, segmentsBefore: Int?, segmentsAfter: Int?,
                    detail: String = "") {
            self.kind = kind
            self.object = object
            self.from = from
            self.to = to
            self.segmentsBefore = segmentsBefore
            self.segmentsAfter = segmentsAfter
            self.detail = detail
        }

        enum CodingKeys: String, CodingKey {
            case kind, object, from, to, detail
            case segmentsBefore = "segments_before"
            case segmentsAfter = "segments_after"
        }
    }

    public var changes: [Change]

    public init(changes: [Change]) {
        self.changes = changes
    }

    /// Compares two snapshots.
    public init(from before: FrameworkSnapshot, to after: FrameworkSnapshot) {
        changes = FrameworkDiff.codeChanges(before, after) + FrameworkDiff.themeChanges(before, after)
    }

    /// The changes of one kind.
    public func changes(_ kind: Kind) -> [Change] { changes.filter { $0.kind == kind } }

    private static func codeChanges(_ before: FrameworkSnapshot, _ after: FrameworkSnapshot) -> [Change] {
        let old = Dictionary(before.codebook.codes.map { ($0.guid, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.codebook.codes.map { ($0.guid, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [Change] = []
        var growth: [(id: String, grew: Int)] = []
        for code in after.codebook.codes {
            let segmentsAfter = after.codeSegments[code.id] ?? 0
            guard let previous = old[code.guid] else {
                changes.append(Change(kind: .added, object: .code, from: nil, to: code.id, segmentsBefore: nil, segmentsAfter: segmentsAfter))
                continue
            }
            let segmentsBefore = before.codeSegments[previous.id] ?? 0
            if segmentsAfter > segmentsBefore { growth.append((code.id, segmentsAfter - segmentsBefore)) }
            if previous.parentID != code.parentID {
                changes.append(Change(kind: .moved, object: .code, from: previous.id, to: code.id, segmentsBefore: segmentsBefore,
                                      segmentsAfter: segmentsAfter, detail: "under \(code.parentID ?? "the top level")"))
            } else if previous.id != code.id {
                changes.append(Change(kind: .renamed, object: .code, from: previous.id, to: code.id, segmentsBefore: segmentsBefore,
                                      segmentsAfter: segmentsAfter))
            }
            let fields = [("name", previous.name, code.name), ("definition", previous.definition, code.definition),
                          ("include", previous.inclusion, code.inclusion), ("exclude", previous.exclusion, code.exclusion)]
                .filter { $0.1 != $0.2 }.map(\.0)
            if !fields.isEmpty {
                changes.append(Change(kind: .redefined, object: .code, from: previous.id, to: code.id, segmentsBefore: segmentsBefore,
                                      segmentsAfter: segmentsAfter, detail: fields.joined(separator: ", ")))
            }
        }
        for code in before.codebook.codes where new[code.guid] == nil {
            let segmentsBefore = before.codeSegments[code.id] ?? 0
            let target = segmentsBefore == 0 ? nil
                : growth.filter { $0.grew <= segmentsBefore }.min { abs($0.grew - segmentsBefore) < abs($1.grew - segmentsBefore) }
            if let target {
                changes.append(Change(kind: .merged, object: .code, from: code.id, to: target.id, segmentsBefore: segmentsBefore,
                                      segmentsAfter: after.codeSegments[target.id], detail: "inferred from segment counts"))
            } else {
                changes.append(Change(kind: .removed, object: .code, from: code.id, to: nil, segmentsBefore: segmentsBefore, segmentsAfter: nil))
            }
        }
        return changes
    }

    private static func themeChanges(_ before: FrameworkSnapshot, _ after: FrameworkSnapshot) -> [Change] {
        let old = Dictionary(before.codebook.themes.map { ($0.guid, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.codebook.themes.map { ($0.guid, $0) }, uniquingKeysWith: { first, _ in first })
        // Code ids of the earlier snapshot, carried to the later one through the code guids.
        let newCodeID = Dictionary(after.codebook.codes.map { ($0.guid, $0.id) }, uniquingKeysWith: { first, _ in first })
        let carried = Dictionary(before.codebook.codes.map { ($0.id, newCodeID[$0.guid] ?? $0.id) }, uniquingKeysWith: { first, _ in first })
        func codes(_ theme: Theme, carry: Bool) -> Set<String> { Set(theme.codeIDs.map { carry ? carried[$0] ?? $0 : $0 }) }
        var changes: [Change] = []
        for theme in after.codebook.themes {
            let segmentsAfter = after.themeSegments[theme.id] ?? 0
            guard let previous = old[theme.guid] else {
                let mine = codes(theme, carry: false)
                let origin = before.codebook.themes.first { earlier in
                    new[earlier.guid] != nil && !mine.isEmpty && mine.isSubset(of: codes(earlier, carry: true))
                }
                if let origin, let survivor = new[origin.guid] {
                    changes.append(Change(kind: .split, object: .theme, from: survivor.id, to: theme.id,
                                          segmentsBefore: before.themeSegments[origin.id], segmentsAfter: segmentsAfter,
                                          detail: "codes: \(mine.sorted().joined(separator: ", "))"))
                } else {
                    changes.append(Change(kind: .added, object: .theme, from: nil, to: theme.id, segmentsBefore: nil, segmentsAfter: segmentsAfter))
                }
                continue
            }
            let segmentsBefore = before.themeSegments[previous.id] ?? 0
            if previous.parentID != theme.parentID {
                changes.append(Change(kind: .moved, object: .theme, from: previous.id, to: theme.id, segmentsBefore: segmentsBefore,
                                      segmentsAfter: segmentsAfter, detail: "under \(theme.parentID ?? "the top level")"))
            }
            if previous.id != theme.id || previous.name != theme.name {
                changes.append(Change(kind: .renamed, object: .theme, from: previous.id, to: theme.id, segmentsBefore: segmentsBefore,
                                      segmentsAfter: segmentsAfter,
                                      detail: previous.name == theme.name ? "" : "name: \(previous.name) → \(theme.name)"))
            }
            let fields = [("definition", previous.definition, theme.definition), ("scope note", previous.scopeNote, theme.scopeNote),
                          ("status", previous.status.rawValue, theme.status.rawValue)]
                .filter { $0.1 != $0.2 }.map(\.0)
            if !fields.isEmpty {
                changes.append(Change(kind: .redefined, object: .theme, from: previous.id, to: theme.id, segmentsBefore: segmentsBefore,
                                      segmentsAfter: segmentsAfter, detail: fields.joined(separator: ", ")))
            }
        }
        for theme in before.codebook.themes where new[theme.guid] == nil {
            let mine = codes(theme, carry: true)
            let target = after.codebook.themes.first { later in
                old[later.guid] != nil && !mine.isEmpty && mine.isSubset(of: codes(later, carry: false))
            }
            if let target {
                changes.append(Change(kind: .merged, object: .theme, from: theme.id, to: target.id,
                                      segmentsBefore: before.themeSegments[theme.id], segmentsAfter: after.themeSegments[target.id]))
            } else {
                changes.append(Change(kind: .removed, object: .theme, from: theme.id, to: nil,
                                      segmentsBefore: before.themeSegments[theme.id], segmentsAfter: nil))
            }
        }
        return changes
    }
}
