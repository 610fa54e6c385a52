@_exported import ThematicModel
@_exported import ThematicAudit
import ThematicParsers

// The parser types a front end needs, re-exported so it depends on `Thematic` alone.
public typealias ParserOptions = ThematicParsers.ParserOptions
public typealias ParseResult = ThematicParsers.ParseResult
public typealias ParseError = ThematicParsers.ParseError
