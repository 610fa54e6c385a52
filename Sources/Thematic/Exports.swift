@_exported import ThematicModel
import ThematicCoding
import ThematicParsers

// The parser types a front end needs, re-exported so it depends on `Thematic` alone.
public typealias ParserOptions = ThematicParsers.ParserOptions
public typealias ParseResult = ThematicParsers.ParseResult
public typealias ParseError = ThematicParsers.ParseError

// The coding results a front end shows.
public typealias CodebookMerge = ThematicCoding.CodebookMerge
public typealias CodebookOutline = ThematicCoding.CodebookOutline
