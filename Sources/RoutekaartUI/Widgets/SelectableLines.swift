/// A list of lines where some are selectable rows and others are headings or hints:
/// the selected row is kept in view, highlighted and marked with ▸.
public enum SelectableLines {
    /// One line: its text, its style, and for a selectable row its index among the rows.
    public struct Line {
        public var text: String
        public var style: StyleRole
        public var row: Int?

        public init(_ text: String, _ style: StyleRole, row: Int? = nil) {
            self.text = text
            self.style = style
            self.row = row
        }
    }

    public static func draw(_ lines: [Line], selected: Int, in area: Rect, into frame: inout Frame) {
        let hasRows = lines.contains { $0.row != nil }
        let selectedLine = lines.firstIndex { $0.row == selected } ?? 0
        let top = max(0, selectedLine - area.height + 1)
        for (n, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            let y = area.y + n
            let isSelected = hasRows && line.row == selected
            if isSelected { frame.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: .selected) }
            let prefix = line.row == nil ? "" : (isSelected ? "▸ " : "  ")
            frame.put(prefix + line.text, x: area.x, y: y, width: area.width, style: isSelected ? .selected : line.style)
        }
    }
}
