import Foundation

/// Where one entry's stored bytes sit in a ZIP archive, read from its central directory.
///
/// ZIPFoundation's inflate loop never ends when a deflate stream stops before its end (it asks for
/// more input past the entry, gets none, and asks again: a 1.3 KB `.docx` found by fuzzing hung
/// `thematic parse`). Knowing the entry's compressed bytes lets the reader hand inflate exactly
/// those and stop with an error when they run out.
struct ZIPEntryData {
    /// The range of the entry's compressed bytes in the archive.
    var compressed: Range<Int>
    /// The ZIP compression method (0 stored, 8 deflated).
    var method: Int

    /// Finds the named entry, or `nil` when the archive's directory does not name it or does not
    /// read (no end record, offsets past the end, ZIP64 sizes).
    init?(named name: String, in bytes: Data) {
        let data = [UInt8](bytes)
        func u16(_ at: Int) -> Int? { at >= 0 && at + 2 <= data.count ? Int(data[at]) | Int(data[at + 1]) << 8 : nil }
        func u32(_ at: Int) -> Int? {
            guard at >= 0, at + 4 <= data.count else { return nil }
            return Int(data[at]) | Int(data[at + 1]) << 8 | Int(data[at + 2]) << 16 | Int(data[at + 3]) << 24
        }
        // The end-of-central-directory record: within the last 64 KiB + 22 bytes (a comment may follow it).
        var end = data.count - 22
        let lowest = max(0, data.count - 22 - 65_535)
        while end >= lowest, u32(end) != 0x0605_4B50 { end -= 1 }
        guard end >= lowest, let count = u16(end + 10), var at = u32(end + 16) else { return nil }
        let wanted = Array(name.utf8)
        for _ in 0..<count {
            guard u32(at) == 0x0201_4B50, let method = u16(at + 10), let size = u32(at + 20),
                  let nameLength = u16(at + 28), let extraLength = u16(at + 30), let commentLength = u16(at + 32),
                  let local = u32(at + 42), at + 46 + nameLength <= data.count else { return nil }
            if Array(data[(at + 46)..<(at + 46 + nameLength)]) == wanted {
                guard size != 0xFFFF_FFFF, u32(local) == 0x0403_4B50,
                      let localName = u16(local + 26), let localExtra = u16(local + 28) else { return nil }
                let start = local + 30 + localName + localExtra
                guard start + size <= data.count else { return nil }
                self.compressed = start..<(start + size)
                self.method = method
                return
            }
            at += 46 + nameLength + extraLength + commentLength
        }
        return nil
    }
}
