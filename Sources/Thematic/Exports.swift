@_exported import ThematicModel
import ThematicExchange
@_exported import ThematicAudit
import ThematicParsers

// The parser types a front end needs, re-exported so it depends on `Thematic` alone.
public typealias ParserOptions = ThematicParsers.ParserOptions
public typealias ParseResult = ThematicParsers.ParseResult
public typealias ParseError = ThematicParsers.ParseError

// The REFI-QDA types the front door's exchange operations take.
public typealias REFIDialect = ThematicExchange.REFIDialect
public typealias QDPXArchive = ThematicExchange.QDPXArchive
public typealias REFIDocument = ThematicExchange.REFIDocument
public typealias REFIReader = ThematicExchange.REFIReader
public typealias SourceID = ThematicParsers.SourceID
public typealias ParserLimits = ThematicParsers.ParserLimits
