/// A position in an ORIGINAL input file, as a person opening that file in an editor would find it.
///
/// `line` and `column` are 1-based. Columns count Unicode scalars from the start of the line in
/// the decoded file (a BOM is not counted), which is what editors show for UTF-8 and UTF-16 files.
public struct SourceLocation: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The file as the user named it (a path or a file name).
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form compilers and editors understand.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
