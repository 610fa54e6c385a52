import Foundation

/// Axis ticks at round numbers (1, 2 or 5 times a power of ten) for counts from zero.
enum ChartScale {
    /// The tick values from 0 to at least `maximum`, about `count` of them; `[0, 1]` for a
    /// maximum of zero (an empty chart still has an axis).
    static func ticks(upTo maximum: Int, about count: Int = 5) -> [Int] {
        guard maximum > 0 else { return [0, 1] }
        let rough = Double(maximum) / Double(max(1, count))
        var step = 1
        let magnitude = Int(pow(10, floor(log10(max(1, rough)))))
        for factor in [1, 2, 5, 10] where Double(factor * magnitude) >= rough {
            step = factor * magnitude
            break
        }
        step = max(1, step)
        let top = (maximum + step - 1) / step * step
        return Array(stride(from: 0, through: top, by: step))
    }
}
