/// One row of a table with a selection marker. A selected row shows ▸ and its first column
/// highlighted; the other columns keep their style, so moving the selection redraws two
/// short cells instead of two whole rows.
enum TableRow {
    static func draw(_ values: [String], widths: [Int], selected: Bool, x: Int, y: Int, width: Int,
                     style: StyleRole = .normal, into frame: inout Frame) {
        guard let first = values.first, let firstWidth = widths.first else { return }
        let lead = (selected ? "▸ " : "  ") + TextWidth.pad(first, to: firstWidth)
        let used = frame.put(lead, x: x, y: y, width: width, style: selected ? .selected : style)
        let rest = zip(values.dropFirst(), widths.dropFirst()).map { TextWidth.pad($0, to: $1) }.joined(separator: " ")
        guard used < width, !rest.isEmpty else { return }
        frame.put(" " + rest, x: x + used, y: y, width: width - used, style: style)
    }
}
