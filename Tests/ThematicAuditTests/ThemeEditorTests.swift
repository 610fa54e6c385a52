import Foundation
import Testing
import ThematicAudit
import ThematicModel

@Suite("Theme edits")
struct ThemeEditorTests {
    static let codebook = Codebook(
        codes: ["a", "b", "c", "d"].map { Code(id: $0, name: $0) },
        themes: [Theme(id: "t1", name: "T1", codeIDs: ["a", "b"]), Theme(id: "t2", name: "T2", codeIDs: ["c"]),
                 Theme(id: "t2a", name: "T2a", codeIDs: ["d"], parentID: "t2")])

    @Test("add checks the id, the parent and the codes")
    func add() throws {
        let added = try ThemeEditor.adding(Theme(id: "t3", name: "T3", codeIDs: ["d"], parentID: "t1"), to: Self.codebook)
        #expect(added.theme(id: "t3")?.parentID == "t1")
        #expect(throws: ThemeError.themeExists("t1")) { try ThemeEditor.adding(Theme(id: "t1", name: "again"), to: Self.codebook) }
        #expect(throws: ThemeError.invalidThemeID("Bad Id")) { try ThemeEditor.adding(Theme(id: "Bad Id", name: "x"), to: Self.codebook) }
        #expect(throws: ThemeError.unknownTheme("nope")) {
            try ThemeEditor.adding(Theme(id: "t3", name: "x", parentID: "nope"), to: Self.codebook)
        }
        #expect(throws: ThemeError.unknownCode("zz")) { try ThemeEditor.adding(Theme(id: "t3", name: "x", codeIDs: ["zz"]), to: Self.codebook) }
    }

    @Test("assign skips codes already there; unassign refuses a code not in the theme")
    func assignAndUnassign() throws {
        let assigned = try ThemeEditor.assigning(["b", "c"], to: "t1", in: Self.codebook)
        #expect(assigned.theme(id: "t1")?.codeIDs == ["a", "b", "c"])
        let unassigned = try ThemeEditor.unassigning(["a"], from: "t1", in: assigned)
        #expect(unassigned.theme(id: "t1")?.codeIDs == ["b", "c"])
        #expect(throws: ThemeError.codeNotInTheme(themeID: "t2", codeID: "a")) { try ThemeEditor.unassigning(["a"], from: "t2", in: Self.codebook) }
    }

    @Test("rename carries subthemes to the new id; a taken id is refused")
    func rename() throws {
        let renamed = try ThemeEditor.renaming("t2", toID: "second", in: Self.codebook)
        #expect(renamed.theme(id: "second")?.codeIDs == ["c"])
        #expect(renamed.theme(id: "t2a")?.parentID == "second")
        #expect(throws: ThemeError.themeExists("t1")) { try ThemeEditor.renaming("t2", toID: "t1", in: Self.codebook) }
    }

    @Test("move under another theme; never under itself or below itself")
    func move() throws {
        let moved = try ThemeEditor.moving("t1", under: "t2a", in: Self.codebook)
        #expect(moved.themeSubtree(of: "t2").map(\.id) == ["t2", "t2a", "t1"])
        #expect(throws: ThemeError.self) { try ThemeEditor.moving("t2", under: "t2a", in: Self.codebook) }
        #expect(throws: ThemeError.self) { try ThemeEditor.moving("t2", under: "t2", in: Self.codebook) }
        #expect(try ThemeEditor.moving("t2a", under: nil, in: Self.codebook).theme(id: "t2a")?.parentID == nil)
    }

    @Test("merge: codes, exemplars and subthemes join the target, the theme goes")
    func merge() throws {
        var codebook = Self.codebook
        let exemplar = Exemplar(sourceID: "P01", revision: 1, span: TextSpan(start: 3, end: 9), quote: "quoted")
        codebook.themes[1].exemplars = [exemplar]
        let merged = try ThemeEditor.merging("t2", into: "t1", in: codebook)
        #expect(merged.themes.map(\.id) == ["t1", "t2a"])
        #expect(merged.theme(id: "t1")?.codeIDs == ["a", "b", "c"])
        #expect(merged.theme(id: "t1")?.exemplars == [exemplar])
        #expect(merged.theme(id: "t2a")?.parentID == "t1")
        #expect(throws: ThemeError.self) { try ThemeEditor.merging("t2", into: "t2a", in: codebook) }
        #expect(throws: ThemeError.self) { try ThemeEditor.merging("t1", into: "t1", in: codebook) }
    }

    @Test("split moves the named codes to a new sibling theme")
    func split() throws {
        let split = try ThemeEditor.splitting("t1", into: Theme(id: "t1b", name: "T1b"), codes: ["b"], in: Self.codebook)
        #expect(split.theme(id: "t1")?.codeIDs == ["a"])
        #expect(split.theme(id: "t1b")?.codeIDs == ["b"])
        #expect(split.theme(id: "t1b")?.parentID == nil)
        let nested = try ThemeEditor.splitting("t2a", into: Theme(id: "t2b", name: "T2b"), codes: ["d"], in: Self.codebook)
        #expect(nested.theme(id: "t2b")?.parentID == "t2")
        #expect(throws: ThemeError.codeNotInTheme(themeID: "t1", codeID: "c")) {
            try ThemeEditor.splitting("t1", into: Theme(id: "x", name: "x"), codes: ["c"], in: Self.codebook)
        }
        #expect(throws: ThemeError.self) { try ThemeEditor.splitting("t1", into: Theme(id: "x", name: "x"), codes: [], in: Self.codebook) }
    }

    @Test("remove needs force for a theme with content; subthemes move up")
    func remove() throws {
        #expect(throws: ThemeError.themeNotEmpty(themeID: "t2", codes: 1, subthemes: 1, exemplars: 0)) {
            try ThemeEditor.removing("t2", force: false, from: Self.codebook)
        }
        let removed = try ThemeEditor.removing("t2", force: true, from: Self.codebook)
        #expect(removed.themes.map(\.id) == ["t1", "t2a"])
        #expect(removed.theme(id: "t2a")?.parentID == nil)
        #expect(removed.codes.count == 4)
        let empty = try ThemeEditor.adding(Theme(id: "t9", name: "T9"), to: Self.codebook)
        #expect(try ThemeEditor.removing("t9", force: false, from: empty).themes.count == 3)
    }

    @Test("exemplars: the same stretch once; removed by number, 0 and too large refused")
    func exemplars() throws {
        let exemplar = Exemplar(sourceID: "P01", revision: 2, span: TextSpan(start: 0, end: 5), quote: "hello")
        var codebook = try ThemeEditor.addingExemplar(exemplar, to: "t1", in: Self.codebook)
        codebook = try ThemeEditor.addingExemplar(exemplar, to: "t1", in: codebook)
        #expect(codebook.theme(id: "t1")?.exemplars.count == 1)
        #expect(throws: ThemeError.self) { try ThemeEditor.removingExemplar(0, from: "t1", in: codebook) }
        #expect(throws: ThemeError.self) { try ThemeEditor.removingExemplar(2, from: "t1", in: codebook) }
        #expect(try ThemeEditor.removingExemplar(1, from: "t1", in: codebook).theme(id: "t1")?.exemplars.isEmpty == true)
    }
}

@Suite("Snapshots and their differences")
struct FrameworkDiffTests {
    @Test("renamed, moved, redefined, merged, split, added and removed, with segment counts")
    func diff() throws {
        let guids = (0..<8).map { _ in UUID() }
        let before = FrameworkSnapshot(
            codebook: Codebook(
                codes: [Code(id: "a", guid: guids[0], name: "A"), Code(id: "b", guid: guids[1], name: "B"),
                        Code(id: "c", guid: guids[2], name: "C"), Code(id: "g", guid: guids[3], name: "G", isCodable: false),
                        Code(id: "old", guid: guids[7], name: "Old")],
                themes: [Theme(id: "t1", guid: guids[4], name: "T1", codeIDs: ["a", "b"]),
                         Theme(id: "t2", guid: guids[5], name: "T2", codeIDs: ["c", "old"]),
                         Theme(id: "t3", guid: guids[6], name: "T3", codeIDs: ["a"])]),
            codeSegments: ["a": 4, "b": 3, "c": 5, "g": 0, "old": 2], themeSegments: ["t1": 6, "t2": 7, "t3": 4])
        let after = FrameworkSnapshot(
            codebook: Codebook(
                codes: [Code(id: "a2", guid: guids[0], name: "A"), Code(id: "g", guid: guids[3], name: "G", isCodable: false),
                        Code(id: "g/c", guid: guids[2], name: "C", definition: "Now defined."), Code(id: "new", name: "New"),
                        Code(id: "old", guid: guids[7], name: "Old")],
                themes: [Theme(id: "t1", guid: guids[4], name: "Theme one", codeIDs: ["a2", "g/c"]),
                         Theme(id: "t2", guid: guids[5], name: "T2", definition: "Defined.", codeIDs: ["g/c"]),
                         Theme(id: "t2b", name: "T2b", codeIDs: ["old"])]),
            codeSegments: ["a2": 7, "g": 0, "g/c": 5, "new": 1, "old": 2], themeSegments: ["t1": 11, "t2": 5, "t2b": 2])
        let diff = FrameworkDiff(from: before, to: after)
        let codes = diff.changes.filter { $0.object == .code }
        #expect(codes.contains(FrameworkDiff.Change(kind: .renamed, object: .code, from: "a", to: "a2", segmentsBefore: 4, segmentsAfter: 7)))
        #expect(codes.contains(FrameworkDiff.Change(kind: .moved, object: .code, from: "c", to: "g/c", segmentsBefore: 5, segmentsAfter: 5,
                                                   detail: "under g")))
        #expect(codes.contains(FrameworkDiff.Change(kind: .redefined, object: .code, from: "c", to: "g/c", segmentsBefore: 5,
                                                   segmentsAfter: 5, detail: "definition")))
        #expect(codes.contains(FrameworkDiff.Change(kind: .added, object: .code, from: nil, to: "new", segmentsBefore: nil, segmentsAfter: 1)))
        // b's 3 segments went to a, which grew by 3.
        #expect(codes.contains(FrameworkDiff.Change(kind: .merged, object: .code, from: "b", to: "a2", segmentsBefore: 3, segmentsAfter: 7,
                                                   detail: "inferred from segment counts")))
        #expect(codes.count == 5)
        let themes = diff.changes.filter { $0.object == .theme }
        #expect(themes.contains(FrameworkDiff.Change(kind: .renamed, object: .theme, from: "t1", to: "t1", segmentsBefore: 6,
                                                    segmentsAfter: 11, detail: "name: T1 → Theme one")))
        #expect(themes.contains(FrameworkDiff.Change(kind: .redefined, object: .theme, from: "t2", to: "t2", segmentsBefore: 7,
                                                    segmentsAfter: 5, detail: "definition")))
        #expect(themes.contains(FrameworkDiff.Change(kind: .split, object: .theme, from: "t2", to: "t2b", segmentsBefore: 7,
                                                    segmentsAfter: 2, detail: "codes: old")))
        #expect(themes.contains(FrameworkDiff.Change(kind: .merged, object: .theme, from: "t3", to: "t1", segmentsBefore: 4, segmentsAfter: 11)))
        #expect(themes.count == 4)
    }

    @Test("a removed code whose segments went nowhere is removed; the same snapshot twice differs in nothing")
    func removedAndUnchanged() {
        let code = Code(id: "a", name: "A")
        let before = FrameworkSnapshot(codebook: Codebook(codes: [code]), codeSegments: ["a": 2], themeSegments: [:])
        let after = FrameworkSnapshot(codebook: Codebook(), codeSegments: [:], themeSegments: [:])
        #expect(FrameworkDiff(from: before, to: after).changes
            == [FrameworkDiff.Change(kind: .removed, object: .code, from: "a", to: nil, segmentsBefore: 2, segmentsAfter: nil)])
        #expect(FrameworkDiff(from: before, to: before).changes.isEmpty)
    }
}
