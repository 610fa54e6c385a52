import ThematicParsers

/// Reading a transcript file without a project: what `thematic parse` shows.
public enum TranscriptFile {
    /// Reads and parses a transcript file.
    /// - Throws: ``ThematicError/parse(_:)`` with the place in the file.
    public static func read(_ path: String, options: ParserOptions = ParserOptions()) throws(ThematicError) -> ParseResult {
        do {
            return try TranscriptReader().read(contentsOf: path, options: options)
        } catch {
            throw .parse(error)
        }
    }

    /// Reads a `label=role,…` list for ``ParserOptions/roles``.
    /// - Throws: a message naming the first entry that is not `label=role`.
    public static func roles(from text: String) throws(ThematicError) -> [String: SpeakerRole] {
        do {
            return try ParserOptions.parseRoles(text)
        } catch {
            throw .invalidRequest("--roles: \(error)")
        }
    }
}
