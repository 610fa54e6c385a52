/// Code-by-code co-occurrence: how many segments carry both codes (the diagonal: each code's own
/// segments).
public struct CooccurrenceTable: Hashable, Sendable, Codable {
    /// The codes, rows and columns alike.
    public var codes: [String]
    /// `cells[row][column]`, square.
    public var cells: [[Int]]
    /// What a count counts, for the caption (`utterances coded with both`).
    public var unit: String
    /// Codes left out to keep the chart readable (the least used), if any.
    public var omittedCodes: Int

    public init(codes: [String], cells: [[Int]], unit: String, omittedCodes: Int = 0) {
        self.codes = codes
        self.cells = cells
        self.unit = unit
        self.omittedCodes = omittedCodes
    }
}
