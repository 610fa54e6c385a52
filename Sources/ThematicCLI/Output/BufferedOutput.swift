import Foundation

/// Standard output through a 256 KB buffer: large outputs (a transcript, every auto-coding hit)
/// go out in a few large writes instead of one `print` call a line.
struct BufferedOutput {
    private var buffer: [UInt8] = []
    private let capacity = 256 * 1024

    init() {
        buffer.reserveCapacity(capacity)
    }

    /// Appends text.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends bytes.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if buffer.count + bytes.count > capacity { flush() }
        if bytes.count >= capacity {
            writeOut(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Appends one byte.
    mutating func append(_ byte: UInt8) {
        if buffer.count >= capacity { flush() }
        buffer.append(byte)
    }

    /// Appends a line of text and its line break.
    mutating func line(_ text: String) {
        append(text)
        append(UInt8(ascii: "\n"))
    }

    /// Writes out what is buffered.
    mutating func flush() {
        buffer.withUnsafeBufferPointer { writeOut($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeOut(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Whatever `print` has buffered (all C streams) goes first, so the order of the output is kept.
        fflush(nil)
        guard var pointer = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = write(1, pointer, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            pointer += written
            remaining -= written
        }
    }
}
