import Foundation
import ThematicModel

/// A transcript as people read it in a terminal: a header, then one numbered utterance a line.
///
/// Written straight to standard output through one buffer: no array of lines and no index of the
/// whole text is built, so printing a 200 MB transcript costs little more memory than the
/// transcript itself. Utterance spans are found by walking the text's UTF-8 bytes forward once
/// (spans come in text order); a transcript whose spans go back falls back to a ``TextIndex``.
enum TranscriptText {
    /// Prints the transcript to standard output.
    static func print(_ transcript: Transcript) {
        var output = BufferedOutput()
        write(transcript, to: &output)
        output.flush()
    }

    /// Writes the transcript as lines of text.
    static func write(_ transcript: Transcript, to output: inout BufferedOutput) {
        let ranges = utf8Ranges(of: transcript)
        var text = transcript.text
        text.withUTF8 { bytes in
            output.line("# \(transcript.id): \(transcript.title)")
            output.line("# \(transcript.origin.format) from \(transcript.origin.fileName), "
                        + "\(transcript.utterances.count) utterances, \(wordCount(ranges, in: bytes)) words"
                        + (transcript.duration.map { ", \($0.formatted(alwaysShowMilliseconds: false))" } ?? ""))
            for key in transcript.metadata.keys.sorted() {
                output.line("# \(key): \(transcript.metadata[key] ?? "")")
            }
            let width = String(transcript.utterances.count).count
            // Speakers by name, as `sources list` shows them (Transcriber's `spk1`, CHAT's `CHI` are ids).
            let names = Dictionary(transcript.speakers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            for (offset, utterance) in transcript.utterances.enumerated() {
                let number = String(offset + 1)
                let time = utterance.start.map { "[\($0.formatted(alwaysShowMilliseconds: false))] " } ?? ""
                output.append(String(repeating: " ", count: width - number.count) + number + "  " + time
                              + (names[utterance.speakerID] ?? utterance.speakerID) + ": ")
                output.append(UnsafeBufferPointer(rebasing: bytes[ranges[offset]]))
                output.append(UInt8(ascii: "\n"))
            }
        }
    }

    /// The UTF-8 byte range of every utterance's span, in utterance order.
    static func utf8Ranges(of transcript: Transcript) -> [Range<Int>] {
        var text = transcript.text
        let walked: [Range<Int>]? = text.withUTF8 { bytes in
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(transcript.utterances.count)
            var scalar = 0, byte = 0
            func advance(to target: Int) -> Bool {
                guard target >= scalar else { return false }
                while scalar < target, byte < bytes.count {
                    byte += 1
                    while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                    scalar += 1
                }
                return scalar == target
            }
            for utterance in transcript.utterances {
                guard advance(to: utterance.span.start) else { return nil }
                let start = byte
                guard advance(to: utterance.span.end) else { return nil }
                ranges.append(start..<byte)
            }
            return ranges
        }
        if let walked { return walked }
        let index = TextIndex(transcript.text)
        return transcript.utterances.map { index.utf8Offset(ofScalar: $0.span.start)..<index.utf8Offset(ofScalar: $0.span.end) }
    }

    /// The number of words in the utterances (runs of non-white-space), as ``Transcript/wordCount(using:)`` counts them.
    static func wordCount(_ ranges: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var words = 0
        for range in ranges {
            var inWord = false
            var index = range.lowerBound
            while index < range.upperBound {
                let lead = bytes[index]
                let isSpace: Bool
                if lead < 0x80 {
                    isSpace = lead == 0x20 || lead == 0x09 || lead == 0x0A || lead == 0x0D
                    index += 1
                } else {
                    // A non-ASCII scalar: decode it for its white-space property.
                    var end = index + 1
                    while end < range.upperBound, bytes[end] & 0xC0 == 0x80 { end += 1 }
                    let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).unicodeScalars.first
                    isSpace = scalar?.properties.isWhitespace ?? false
                    index = end
                }
                if !isSpace, !inWord { words += 1 }
                inWord = !isSpace
            }
        }
        return words
    }
}
