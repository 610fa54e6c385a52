/// Speaker-label helpers every parser shares.
public enum SpeakerLabel {
    /// The key under which labels count as one speaker: case and spacing ignored, so
    /// `Interviewer 1`, `INTERVIEWER1` and `interviewer  1` are one person.
    public static func key(_ label: String) -> String {
        String(label.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
    }

    /// The label as shown: trimmed, with runs of white space folded to one space.
    public static func display(_ label: some StringProtocol) -> String {
        label.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
