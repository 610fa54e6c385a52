import ThematicModel

/// ELAN's `TIME_ORDER`: time slot ids to times, with slots that have no value interpolated.
///
/// A slot without `TIME_VALUE` lies between its neighbours in `TIME_ORDER` order; it gets an
/// evenly spaced time between the nearest slots before and after it that have values (the last
/// known value when none follows, the next one when none precedes).
struct ELANTimeline {
    private(set) var times: [String: Timecode] = [:]
    /// Each slot's position in `TIME_ORDER`: the order of unaligned points.
    private(set) var order: [String: Int] = [:]

    /// - Parameter slots: `(id, milliseconds)` in `TIME_ORDER` order.
    init(slots: [(id: String, value: Int?)]) {
        var known = slots.map(\.value)
        var index = 0
        while index < known.count {
            guard known[index] == nil else { index += 1; continue }
            var next = index
            while next < known.count, known[next] == nil { next += 1 }
            let before = index > 0 ? known[index - 1] : nil
            let after = next < known.count ? known[next] : nil
            for gap in index..<next {
                switch (before, after) {
                case let (before?, after?):
                    let step = Double(after - before) / Double(next - index + 1)
                    known[gap] = before + Int((step * Double(gap - index + 1)).rounded())
                case let (before?, nil): known[gap] = before
                case let (nil, after?): known[gap] = after
                case (nil, nil): known[gap] = 0
                }
            }
            index = next
        }
        for (position, slot) in slots.enumerated() {
            times[slot.id] = known[position].map { Timecode(milliseconds: $0) }
            order[slot.id] = position
        }
    }

    subscript(id: String?) -> Timecode? { id.flatMap { times[$0] } }
}
