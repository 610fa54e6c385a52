/// A point in a recording, in whole milliseconds from its start.
public struct Timecode: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var milliseconds: Int

    public init(milliseconds: Int) { self.milliseconds = milliseconds }

    /// The latest time a transcript may name: 100,000 hours (over eleven years of recording).
    /// Anything later is a mistake or a crafted file, and is refused where it is read, so every
    /// sum and difference of times stays far from `Int`'s limits.
    public static let maximum = Timecode(milliseconds: 100_000 * 3_600_000)

    /// Seconds as a time, clamped to `0...maximum` (NaN becomes 0), so it can never trap.
    /// Readers of untrusted input use ``init(validSeconds:)`` and report a refused value instead.
    public init(seconds: Double) {
        let millis = (seconds * 1000).rounded()
        guard millis.isFinite, millis > 0 else { self.milliseconds = 0; return }
        self.milliseconds = millis >= Double(Timecode.maximum.milliseconds) ? Timecode.maximum.milliseconds : Int(millis)
    }

    /// Seconds as a time, or `nil` when the value is not finite, negative or later than ``maximum``.
    public init?(validSeconds seconds: Double) {
        guard seconds.isFinite, seconds >= 0, seconds * 1000 <= Double(Timecode.maximum.milliseconds) else { return nil }
        self.milliseconds = Int((seconds * 1000).rounded())
    }

    /// Milliseconds as a time, or `nil` when negative or later than ``maximum``.
    public init?(validMilliseconds milliseconds: Int) {
        guard milliseconds >= 0, milliseconds <= Timecode.maximum.milliseconds else { return nil }
        self.milliseconds = milliseconds
    }

    /// What a refused time is told: the accepted range, for a parse error's message.
    public static let acceptedRange = "a finite number of seconds from 0 to 360000000 (100,000 hours)"

    /// Reads `h:mm:ss`, `mm:ss`, `m:ss` or `ss`, each optionally with a fraction after `.` or `,`
    /// (`01:02:03.4` is 3,723,400 ms; `0:0:5.320` is 5,320 ms). Returns `nil` for anything else.
    ///
    /// Inlinable, so callers in other modules get it specialised; the work is done on UTF-8 bytes.
    @inlinable
    public init?(parsing text: some StringProtocol) {
        // Times are short: the copy is a small string, held inline without an allocation.
        var string = String(text)
        guard let total = string.withUTF8({ Timecode.parsedMilliseconds($0) }) else { return nil }
        self.init(milliseconds: total)
    }

    /// `h:mm:ss` and its shorter forms (see ``init(parsing:)``) in UTF-8, as milliseconds.
    @usableFromInline
    static func parsedMilliseconds(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var fields: [Range<Int>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: ":") {
            fields.append(start..<index)
            start = index + 1
            guard fields.count < 3 else { return nil }
        }
        fields.append(start..<bytes.count)
        var total = 0
        for (position, field) in fields.enumerated() {
            if position == fields.count - 1 {
                guard let millis = secondsField(UnsafeBufferPointer(rebasing: bytes[field]), allowLarge: fields.count == 1) else { return nil }
                // `total` holds whole minutes here; the seconds field arrives as milliseconds.
                total = total * 60_000 + millis
            } else {
                guard !field.isEmpty, field.count <= 3, let value = digits(UnsafeBufferPointer(rebasing: bytes[field])) else { return nil }
                if position > 0, value >= 60 { return nil }
                total = total * 60 + value
            }
        }
        return total
    }

    /// The value of a run of ASCII digits, or `nil` when it is empty or holds anything else.
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// `h:mm:ss.mmm` (hours always shown, milliseconds only when not zero).
    public var description: String { formatted(alwaysShowMilliseconds: false) }

    /// `hh:mm:ss` or `hh:mm:ss.mmm`.
    public func formatted(alwaysShowMilliseconds: Bool) -> String {
        let hours = milliseconds / 3_600_000
        let minutes = milliseconds / 60_000 % 60
        let seconds = milliseconds / 1000 % 60
        let millis = milliseconds % 1000
        var text = "\(Timecode.pad(hours)):\(Timecode.pad(minutes)):\(Timecode.pad(seconds))"
        if alwaysShowMilliseconds || millis != 0 {
            text += "." + String(String(millis + 1000).dropFirst())
        }
        return text
    }

    public static func < (lhs: Timecode, rhs: Timecode) -> Bool { lhs.milliseconds < rhs.milliseconds }

    public init(from decoder: any Decoder) throws {
        milliseconds = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(milliseconds)
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// Seconds with an optional fraction after `.` or `,`, as milliseconds; under 60 unless it is the only field.
    private static func secondsField(_ field: UnsafeBufferPointer<UInt8>, allowLarge: Bool) -> Int? {
        let separator = field.firstIndex { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }
        let whole = UnsafeBufferPointer(rebasing: field[..<(separator ?? field.count)])
        guard whole.count <= (allowLarge ? 9 : 2), let seconds = digits(whole) else { return nil }
        if !allowLarge, seconds >= 60 { return nil }
        var millis = seconds * 1000
        if let separator {
            let fraction = UnsafeBufferPointer(rebasing: field[(separator + 1)...])
            guard fraction.count <= 9, digits(fraction) != nil else { return nil }
            // The first three digits are the milliseconds (`.5` is 500).
            var scale = 100
            for byte in fraction.prefix(3) {
                millis += Int(byte - UInt8(ascii: "0")) * scale
                scale /= 10
            }
        }
        return millis
    }
}
