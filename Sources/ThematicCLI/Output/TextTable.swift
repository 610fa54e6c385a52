/// A plain-text table with columns padded to their widest cell.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []
    /// Columns to align right (numbers).
    var rightAligned: Set<Int> = []

    /// The table with only its first `count` columns.
    func prefix(columns count: Int) -> TextTable {
        TextTable(header: Array(header.prefix(count)), rows: rows.map { Array($0.prefix(count)) },
                  rightAligned: rightAligned.filter { $0 < count })
    }

    func render() -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }
            .joined(separator: "  ")
            .trimmingTrailingSpaces()
        }
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
