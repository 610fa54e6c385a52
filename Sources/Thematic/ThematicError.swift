import ThematicCoding
import ThematicExchange
import ThematicModel
import ThematicParsers
import ThematicStore

/// Why an operation on a project failed. The project is unchanged whenever one is thrown.
public enum ThematicError: Error, Sendable, CustomStringConvertible {
    /// A transcript file could not be read.
    case parse(ParseError)
    /// The project file could not be opened or changed.
    case store(StoreError)
    /// A codebook or exchange file could not be read.
    case exchange(ExchangeError)
    /// Some files of an ingest batch could not be read, so none was ingested.
    case ingestFailed(failures: [IngestFailure], total: Int)
    /// A coding request, rule, query or codebook change that cannot be carried out.
    case coding(CodingError)
    /// An input file (a coding sheet, a cases table) with problems at places in it; nothing was changed.
    case fileErrors([ExchangeError])
    /// The named thing is not in the project.
    case notFound(kind: String, id: String)
    /// A request that cannot be carried out as asked, with the reason.
    case invalidRequest(String)
    /// A failure none of the cases above describes (a bug or the system), with what was known.
    case unexpected(String)

    /// Each line to show on stderr, already in `file:line:column: error: message` form where a place applies.
    public var lines: [String] {
        switch self {
        case .parse(let error): [error.description]
        case .store(let error): ["error: \(error)"]
        case .exchange(let error): [error.description]
        case .ingestFailed(let failures, let total):
            failures.map(\.description) + [
                "error: \(failures.count) of \(total) files could not be ingested, so nothing was ingested (use --keep-going to ingest the others)",
            ]
        case .coding(let error): ["error: \(error)"]
        case .fileErrors(let errors): errors.map(\.description)
        case .notFound(let kind, let id): ["error: no \(kind) '\(id)' in this project"]
        case .invalidRequest(let message): ["error: \(message)"]
        case .unexpected(let message): ["error: \(message)"]
        }
    }

    public var description: String { lines.joined(separator: "\n") }

    /// Wraps any error from the layers below.
    static func wrap(_ error: any Error) -> ThematicError {
        switch error {
        case let error as ThematicError: error
        case let error as ParseError: .parse(error)
        case let error as StoreError: .store(error)
        case let error as ExchangeError: .exchange(error)
        case let error as CodingError: .coding(error)
        case let error as CodebookError: .invalidRequest("\(error)")
        case let error as EncodingError: .unexpected("could not encode the result: \(error)")
        default: .unexpected("\(error)")
        }
    }
}
