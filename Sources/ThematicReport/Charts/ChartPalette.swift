/// Colours that stay distinct for readers with colour-vision deficiencies (Okabe & Ito); every
/// chart also labels its marks, so nothing depends on colour alone.
enum ChartPalette {
    static let categorical = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]

    /// The colour of the `index`th category, repeating after eight.
    static func colour(_ index: Int) -> String {
        categorical[((index % categorical.count) + categorical.count) % categorical.count]
    }

    /// A sequential blue for a share from 0 (white) to 1 (dark blue), for heat-map cells.
    static func sequential(_ share: Double) -> String {
        let t = min(1, max(0, share.isFinite ? share : 0))
        let from = (247.0, 251.0, 255.0), to = (8.0, 48.0, 107.0)
        func channel(_ a: Double, _ b: Double) -> String {
            let value = Int((a + (b - a) * t).rounded())
            let hex = Array("0123456789abcdef")
            return String(hex[value / 16]) + String(hex[value % 16])
        }
        return "#" + channel(from.0, to.0) + channel(from.1, to.1) + channel(from.2, to.2)
    }

    /// Whether a label on a cell of this share needs light text to be read.
    static func needsLightText(_ share: Double) -> Bool { share > 0.55 }
}
