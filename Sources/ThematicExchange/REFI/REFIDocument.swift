import Foundation

/// A REFI-QDA document as values: a codebook (`.qdc`) or a project (`.qde` inside a `.qdpx`).
///
/// The values mirror the standard's elements, keep every guid, and keep text positions as the
/// document wrote them (in its ``dialect``'s unit); ``VendorPositions`` converts them.
public struct REFIDocument: Hashable, Sendable {
    /// Whether the document was (or is to be) a codebook alone or a whole project.
    public enum Kind: String, Hashable, Sendable { case codebook, project }

    public var kind: Kind
    /// The project's name (`name`); empty for a codebook.
    public var name: String
    /// The program that wrote it (`origin`).
    public var origin: String
    /// How its positions count.
    public var dialect: REFIDialect
    public var creatingUserGUID: UUID?
    public var creationDateTime: Date?
    public var users: [User]
    /// Top-level codes; each holds its children.
    public var codes: [Code]
    public var sets: [CodeSet]
    public var variables: [Variable]
    public var cases: [Case]
    public var sources: [TextSource]
    public var notes: [Note]
    /// The project's own description.
    public var description: String
    /// Notes about the project as a whole (project-level `NoteRef`s).
    public var projectNoteRefs: [UUID]
    /// What the reader saw but could not take (media sources, graphs, links), one line each.
    public var skipped: [String]

    public init(kind: Kind, name: String = "", origin: String = "", dialect: REFIDialect = .spec) {
        self.kind = kind
        self.name = name
        self.origin = origin
        self.dialect = dialect
        users = []
        codes = []
        sets = []
        variables = []
        cases = []
        sources = []
        notes = []
        description = ""
        projectNoteRefs = []
        skipped = []
    }

    /// A coder (`User`).
    public struct User: Hashable, Sendable {
        public var guid: UUID
        public var name: String
        /// The short id some vendors add (NVivo's initials).
        public var id: String?

        public init(guid: UUID, name: String, id: String? = nil) {
            self.guid = guid
            self.name = name
            self.id = id
        }
    }

    /// A code with its children.
    public struct Code: Hashable, Sendable {
        public var guid: UUID
        public var name: String
        public var isCodable: Bool
        /// `#rrggbb` (or `#rgb` as some vendors write).
        public var color: String?
        public var description: String
        public var noteRefs: [UUID]
        public var children: [Code]
        /// The line of the element, for messages.
        public var line: Int

        public init(guid: UUID, name: String, isCodable: Bool = true, color: String? = nil, description: String = "",
                    noteRefs: [UUID] = [], children: [Code] = [], line: Int = 0) {
            self.guid = guid
            self.name = name
            self.isCodable = isCodable
            self.color = color
            self.description = description
            self.noteRefs = noteRefs
            self.children = children
            self.line = line
        }
    }

    /// A set of codes (Thematic writes its themes as sets).
    public struct CodeSet: Hashable, Sendable {
        public var guid: UUID
        public var name: String
        public var description: String
        public var memberCodes: [UUID]
        public var memberSources: [UUID]

        public init(guid: UUID, name: String, description: String = "", memberCodes: [UUID] = [], memberSources: [UUID] = []) {
            self.guid = guid
            self.name = name
            self.description = description
            self.memberCodes = memberCodes
            self.memberSources = memberSources
        }
    }

    /// A case attribute's definition.
    public struct Variable: Hashable, Sendable {
        /// The standard's `typeOfVariable`.
        public enum Kind: String, Hashable, Sendable {
            case text = "Text", boolean = "Boolean", integer = "Integer", float = "Float", date = "Date", dateTime = "DateTime"
        }

        public var guid: UUID
        public var name: String
        public var kind: Kind
        public var description: String

        public init(guid: UUID, name: String, kind: Kind, description: String = "") {
            self.guid = guid
            self.name = name
            self.kind = kind
            self.description = description
        }
    }

    /// A case with its values and sources.
    public struct Case: Hashable, Sendable {
        public var guid: UUID
        public var name: String
        public var description: String
        /// (variable guid, value as written).
        public var values: [VariableValue]
        public var sourceRefs: [UUID]

        public init(guid: UUID, name: String, description: String = "", values: [VariableValue] = [], sourceRefs: [UUID] = []) {
            self.guid = guid
            self.name = name
            self.description = description
            self.values = values
            self.sourceRefs = sourceRefs
        }
    }

    /// One value of a case (`VariableValue`).
    public struct VariableValue: Hashable, Sendable {
        public var variable: UUID
        public var value: String

        public init(variable: UUID, value: String) {
            self.variable = variable
            self.value = value
        }
    }

    /// A text source with its selections.
    public struct TextSource: Hashable, Sendable {
        public var guid: UUID
        public var name: String
        public var description: String
        /// `internal://…`, `relative://…` or an absolute path, as written.
        public var plainTextPath: String?
        /// The text when it is given inside the document (`PlainTextContent`), or once read from the archive.
        public var text: String?
        public var creatingUser: UUID?
        public var creationDateTime: Date?
        public var selections: [Selection]
        public var noteRefs: [UUID]
        public var line: Int

        public init(guid: UUID, name: String, description: String = "", plainTextPath: String? = nil, text: String? = nil,
                    creatingUser: UUID? = nil, creationDateTime: Date? = nil, selections: [Selection] = [],
                    noteRefs: [UUID] = [], line: Int = 0) {
            self.guid = guid
            self.name = name
            self.description = description
            self.plainTextPath = plainTextPath
            self.text = text
            self.creatingUser = creatingUser
            self.creationDateTime = creationDateTime
            self.selections = selections
            self.noteRefs = noteRefs
            self.line = line
        }
    }

    /// A `PlainTextSelection`: a stretch of a text and the codings on it.
    public struct Selection: Hashable, Sendable {
        public var guid: UUID
        public var name: String
        /// In the document's unit (see ``REFIDialect``).
        public var start: Int
        public var end: Int
        public var description: String
        public var creatingUser: UUID?
        public var creationDateTime: Date?
        public var codings: [Coding]
        public var noteRefs: [UUID]
        public var line: Int

        public init(guid: UUID, name: String = "", start: Int, end: Int, description: String = "", creatingUser: UUID? = nil,
                    creationDateTime: Date? = nil, codings: [Coding] = [], noteRefs: [UUID] = [], line: Int = 0) {
            self.guid = guid
            self.name = name
            self.start = start
            self.end = end
            self.description = description
            self.creatingUser = creatingUser
            self.creationDateTime = creationDateTime
            self.codings = codings
            self.noteRefs = noteRefs
            self.line = line
        }
    }

    /// A `Coding`: one code applied to a selection by a user.
    public struct Coding: Hashable, Sendable {
        public var guid: UUID
        public var code: UUID
        public var creatingUser: UUID?
        public var creationDateTime: Date?
        public var noteRefs: [UUID]

        public init(guid: UUID, code: UUID, creatingUser: UUID? = nil, creationDateTime: Date? = nil, noteRefs: [UUID] = []) {
            self.guid = guid
            self.code = code
            self.creatingUser = creatingUser
            self.creationDateTime = creationDateTime
            self.noteRefs = noteRefs
        }
    }

    /// A `Note` (a memo) with its text.
    public struct Note: Hashable, Sendable {
        public var guid: UUID
        public var name: String
        public var text: String
        public var creatingUser: UUID?
        public var creationDateTime: Date?

        public init(guid: UUID, name: String, text: String, creatingUser: UUID? = nil, creationDateTime: Date? = nil) {
            self.guid = guid
            self.name = name
            self.text = text
            self.creatingUser = creatingUser
            self.creationDateTime = creationDateTime
        }
    }

    /// Every code, parents before children, with its path of names from the root.
    public func flattenedCodes() -> [(path: [String], code: Code)] {
        var result: [(path: [String], code: Code)] = []
        func walk(_ codes: [Code], _ prefix: [String]) {
            for code in codes {
                let path = prefix + [code.name]
                result.append((path, code))
                walk(code.children, path)
            }
        }
        walk(codes, [])
        return result
    }
}
