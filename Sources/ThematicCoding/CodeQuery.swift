import ThematicModel

/// A Boolean expression over codes: `alliance/bond/trust AND (goals OR tasks) AND NOT interpreter`.
///
/// `NOT` binds tightest, then `AND`, then `OR`; parentheses group. Operators may be written in
/// any case. A code may be named by its full id or, when that is unambiguous, by the end of its id
/// (`goals` for `alliance/goals`). A code matches segments coded with it or with any code below
/// it, unless the query is evaluated `exact`.
public indirect enum CodeQuery: Hashable, Sendable, CustomStringConvertible {
    case code(String)
    case not(CodeQuery)
    case and(CodeQuery, CodeQuery)
    case or(CodeQuery, CodeQuery)

    /// Parses a query.
    /// - Throws: ``CodingError/malformedQuery(message:query:offset:)``.
    public init(parsing text: String) throws(CodingError) {
        var parser = Parser(text: text)
        self = try parser.parseAll()
    }

    /// The code names the query mentions, in order of appearance.
    public var codeNames: [String] {
        switch self {
        case .code(let name): [name]
        case .not(let inner): inner.codeNames
        case .and(let lhs, let rhs), .or(let lhs, let rhs): lhs.codeNames + rhs.codeNames
        }
    }

    /// The query with every code name replaced by the full id of the code it names.
    /// - Throws: ``CodingError/unknownCode(_:)`` or ``CodingError/ambiguousCode(_:candidates:)``.
    public func resolved(in codebook: Codebook) throws(CodingError) -> CodeQuery {
        switch self {
        case .code(let name): .code(try CodeQuery.resolve(name, in: codebook))
        case .not(let inner): .not(try inner.resolved(in: codebook))
        case .and(let lhs, let rhs): .and(try lhs.resolved(in: codebook), try rhs.resolved(in: codebook))
        case .or(let lhs, let rhs): .or(try lhs.resolved(in: codebook), try rhs.resolved(in: codebook))
        }
    }

    /// The full id of the code a name means: the code with that id, else the only code whose id
    /// ends with `/name`.
    /// - Throws: ``CodingError/unknownCode(_:)`` or ``CodingError/ambiguousCode(_:candidates:)``.
    public static func resolve(_ name: String, in codebook: Codebook) throws(CodingError) -> String {
        if codebook.code(id: name) != nil { return name }
        let candidates = codebook.codes.filter { $0.id.hasSuffix("/" + name) }.map(\.id)
        switch candidates.count {
        case 1: return candidates[0]
        case 0:
            let near = NearestNames.nearest(to: name, among: codebook.codes.map {
                (value: $0.id, keys: [$0.id, String($0.id.split(separator: "/").last ?? ""), $0.name])
            })
            throw near.isEmpty ? .unknownCode(name) : .unknownCodeNear(name, suggestions: near)
        default: throw .ambiguousCode(name, candidates: candidates)
        }
    }

    /// Whether a segment coded with `codes` satisfies the query.
    /// - Parameter exact: match codes only by their own id, not their descendants'.
    public func matches(_ codes: Set<String>, exact: Bool = false) -> Bool {
        switch self {
        case .code(let id):
            exact ? codes.contains(id) : codes.contains { Code.isSameOrBelow($0, id) }
        case .not(let inner): !inner.matches(codes, exact: exact)
        case .and(let lhs, let rhs): lhs.matches(codes, exact: exact) && rhs.matches(codes, exact: exact)
        case .or(let lhs, let rhs): lhs.matches(codes, exact: exact) || rhs.matches(codes, exact: exact)
        }
    }

    public var description: String {
        switch self {
        case .code(let id): id
        case .not(let inner): "NOT \(inner.grouped)"
        case .and(let lhs, let rhs): "\(lhs.grouped) AND \(rhs.grouped)"
        case .or(let lhs, let rhs): "\(lhs.grouped) OR \(rhs.grouped)"
        }
    }

    private var grouped: String {
        switch self {
        case .code, .not: description
        case .and, .or: "(\(description))"
        }
    }
}

extension CodeQuery {
    /// A recursive-descent parser over the query's characters.
    private struct Parser {
        enum Token: Equatable {
            case open, close, and, or, not, name(String), end
        }

        let text: String
        var tokens: [(Token, Int)] = []
        var position = 0

        init(text: String) { self.text = text }

        mutating func parseAll() throws(CodingError) -> CodeQuery {
            try tokenise()
            let query = try parseOr()
            guard case .end = tokens[position].0 else { throw error("expected AND, OR or the end of the query") }
            return query
        }

        private mutating func tokenise() throws(CodingError) {
            let characters = Array(text)
            var index = 0
            while index < characters.count {
                let character = characters[index]
                if character.isWhitespace {
                    index += 1
                } else if character == "(" {
                    tokens.append((.open, index)); index += 1
                } else if character == ")" {
                    tokens.append((.close, index)); index += 1
                } else {
                    let start = index
                    while index < characters.count, !characters[index].isWhitespace, characters[index] != "(",
                          characters[index] != ")" { index += 1 }
                    let word = String(characters[start..<index])
                    switch word.uppercased() {
                    case "AND": tokens.append((.and, start))
                    case "OR": tokens.append((.or, start))
                    case "NOT": tokens.append((.not, start))
                    default: tokens.append((.name(word), start))
                    }
                }
            }
            tokens.append((.end, characters.count))
        }

        private func error(_ message: String) -> CodingError {
            .malformedQuery(message: message, query: text, offset: tokens[position].1)
        }

        private mutating func parseOr() throws(CodingError) -> CodeQuery {
            var query = try parseAnd()
            while tokens[position].0 == .or {
                position += 1
                query = .or(query, try parseAnd())
            }
            return query
        }

        private mutating func parseAnd() throws(CodingError) -> CodeQuery {
            var query = try parseNot()
            while tokens[position].0 == .and {
                position += 1
                query = .and(query, try parseNot())
            }
            return query
        }

        private mutating func parseNot() throws(CodingError) -> CodeQuery {
            if tokens[position].0 == .not {
                position += 1
                return .not(try parseNot())
            }
            return try parsePrimary()
        }

        private mutating func parsePrimary() throws(CodingError) -> CodeQuery {
            switch tokens[position].0 {
            case .open:
                position += 1
                let inner = try parseOr()
                guard tokens[position].0 == .close else { throw error("expected ')'") }
                position += 1
                return inner
            case .name(let name):
                position += 1
                return .code(name)
            case .end:
                throw error("expected a code")
            default:
                throw error("expected a code or '('")
            }
        }
    }
}
