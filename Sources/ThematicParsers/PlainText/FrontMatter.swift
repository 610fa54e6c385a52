/// Header fields before the first turn: YAML-style front matter between `---` lines, or a block
/// of `key: value` lines at the top of the file.
///
/// Only flat `key: value` pairs are read (values may be quoted); this is the header block
/// transcripts carry, not a YAML document.
struct FrontMatter {
    var fields: [String: String] = [:]

    /// Keys that name a transcript's circumstances, never a speaker: a top block holding one of
    /// them is a header, not the first turns.
    static let headerKeys: Set<String> = [
        "title", "date", "time", "duration", "length", "location", "place", "id", "language", "languages",
        "transcriber", "transcribed by", "transcription", "recording", "recorded", "file", "filename", "audio",
        "media", "project", "study", "session", "source", "notes", "note", "topic", "setting", "site",
        "format", "version", "wave", "code", "case", "participants", "speakers", "attendees", "start", "end",
        "interview date", "interview", "mode", "age", "gender", "occupation",
    ]

    /// Keys that may name either a header field or a speaker (`Interviewer: Dr. Okafor`).
    static let roleKeys: Set<String> = [
        "interviewer", "interviewers", "interviewee", "participant", "respondent", "moderator",
        "facilitator", "interpreter", "translator", "researcher",
    ]

    /// Reads one `key: value` line into the fields; returns `false` for a line of another shape.
    @discardableResult
    mutating func read(_ line: Substring) -> Bool {
        guard let (key, value) = FrontMatter.pair(line) else { return false }
        fields[key] = value
        return true
    }

    /// The key (lowercased) and value of a `key: value` line.
    static func pair(_ line: Substring) -> (key: String, value: String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimming([" ", "\t"]).lowercased()
        guard !key.isEmpty, key.count <= 40,
              key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == " " }) else { return nil }
        var value = line[line.index(after: colon)...].trimming([" ", "\t"])
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            value = String(value.dropFirst().dropLast())
        }
        return (key, value)
    }

    /// Whether a block of lines at the top of a file is a header (and not the first turns): every
    /// line is `key: value` with a header or role key, and at least one key is never a speaker.
    static func isHeaderBlock(_ lines: [Substring]) -> Bool {
        var sawHeaderKey = false
        for line in lines {
            guard let (key, _) = pair(line) else { return false }
            let normalised = key.replacingUnderscores()
            if headerKeys.contains(normalised) {
                sawHeaderKey = true
            } else if !roleKeys.contains(normalised) {
                return false
            }
        }
        return sawHeaderKey
    }

    /// Whether a line is the `---` that opens or closes front matter.
    static func isFence(_ line: Substring) -> Bool {
        line.trimming([" ", "\t"]) == "---"
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" || $0 == "-" ? " " : $0 })
    }
}

extension StringProtocol {
    /// The text without the given characters at either end.
    func trimming(_ characters: Set<Character>) -> String {
        let start = firstIndex(where: { !characters.contains($0) }) ?? endIndex
        let end = lastIndex(where: { !characters.contains($0) }).map { index(after: $0) } ?? start
        return String(self[start..<Swift.max(start, end)])
    }
}
