@_exported import ThematicModel
import ThematicParsers

// The parser types a front end needs, re-exported so it depends on `Thematic` alone.
public typealias ParserOptions = ThematicParsers.ParserOptions
public typealias ParseResult = ThematicParsers.ParseResult
public typealias ParseError = ThematicParsers.ParseError
public typealias SourceID = ThematicParsers.SourceID
public typealias ParserLimits = ThematicParsers.ParserLimits
