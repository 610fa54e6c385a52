import ThematicModel

/// One cue of a subtitle file (WebVTT or SRT) as read, before it becomes an utterance.
struct SubtitleCue {
    var start: Timecode
    var end: Timecode
    /// The payload lines, markup still in them.
    var lines: [Substring]
    /// Where the cue's timing line is in the original file.
    var location: SourceLocation
}
