import RoutekaartCore

/// The top line: session title, where we are, the clock and whether all is saved.
public enum StatusBar {
    /// `shortTitle` stands in for `title` when the line is too narrow for it whole.
    public static func draw(title: String, shortTitle: String? = nil, location: String, clock: String, save: (text: String, style: StyleRole),
                            in rect: Rect, into frame: inout Frame) {
        frame.fill(rect, style: .statusBar)
        let right = " " + clock + " │ "
        let saveText = " " + save.text + " "
        let rightWidth = TextWidth.of(right) + TextWidth.of(saveText)
        let leftWidth = max(0, rect.width - rightWidth - 1)
        func line(_ title: String) -> String { " routekaart │ " + title + " │ " + location }
        let full = line(title)
        let left = if let shortTitle, TextWidth.of(full) > leftWidth { line(shortTitle) } else { full }
        frame.put(left, x: rect.x, y: rect.y, width: leftWidth, style: .statusBar)
        let x = rect.maxX - rightWidth
        frame.put(right, x: x, y: rect.y, style: .statusBar)
        frame.put(saveText, x: x + TextWidth.of(right), y: rect.y, style: save.style)
    }

    /// "14:03" in local time.
    static func clock(_ t: Timestamp, offset: Int) -> String {
        let c = t.components(offsetSeconds: offset)
        return two(c.hour) + ":" + two(c.minute)
    }

    /// "14:03:22" in local time.
    static func time(_ t: Timestamp, offset: Int) -> String {
        let c = t.components(offsetSeconds: offset)
        return two(c.hour) + ":" + two(c.minute) + ":" + two(c.second)
    }

    private static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
