/// Draws a single-line box with an optional title in its top edge.
public enum Box {
    public static func draw(_ rect: Rect, title: String? = nil, style: StyleRole = .border, titleStyle: StyleRole = .heading, into frame: inout Frame) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let top = "┌" + String(repeating: "─", count: rect.width - 2) + "┐"
        let bottom = "└" + String(repeating: "─", count: rect.width - 2) + "┘"
        frame.put(top, x: rect.x, y: rect.y, style: style)
        frame.put(bottom, x: rect.x, y: rect.maxY - 1, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            frame.put("│", x: rect.x, y: y, style: style)
            frame.put("│", x: rect.maxX - 1, y: y, style: style)
        }
        if let title, rect.width > 6 {
            frame.put(" " + TextWidth.truncate(title, to: rect.width - 6) + " ", x: rect.x + 2, y: rect.y, style: titleStyle)
        }
    }

    /// Clears `rect` and a column either side, draws a box and returns the inside.
    @discardableResult
    public static func panel(_ rect: Rect, title: String?, style: StyleRole = .border, into frame: inout Frame) -> Rect {
        frame.fill(Rect(x: rect.x - 1, y: rect.y, width: rect.width + 2, height: rect.height), style: .overlay)
        draw(rect, title: title, style: style, into: &frame)
        return rect.inset(dx: 2, dy: 1)
    }
}

/// Word-wrapped text in a rectangle; returns the rows used.
public enum Paragraph {
    @discardableResult
    public static func draw(_ text: String, in rect: Rect, style: StyleRole = .normal, into frame: inout Frame, maxLines: Int? = nil) -> Int {
        var lines = TextWidth.wrap(text, width: rect.width)
        let limit = min(rect.height, maxLines ?? rect.height)
        if lines.count > limit, limit > 0 {
            lines = Array(lines.prefix(limit))
            lines[limit - 1] = TextWidth.truncate(lines[limit - 1] + " …", to: rect.width)
        }
        for (i, line) in lines.prefix(limit).enumerated() {
            frame.put(line, x: rect.x, y: rect.y + i, width: rect.width, style: style)
        }
        return min(lines.count, limit)
    }
}
