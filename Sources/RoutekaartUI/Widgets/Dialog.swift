import RoutekaartCore

/// A small centred question with the keys that answer it.
public enum Dialog {
    public static func draw(title: String, lines: [(String, StyleRole)], keys: String, in area: Rect, into frame: inout Frame) {
        let textWidth = max(TextWidth.of(keys), lines.map { TextWidth.of($0.0) }.max() ?? 0, TextWidth.of(title) + 4)
        let width = min(area.width - 4, textWidth + 6)
        let wrapped = lines.flatMap { line in TextWidth.wrap(line.0, width: width - 4).map { ($0, line.1) } }
        let box = area.centered(width: width, height: wrapped.count + 4)
        let inside = Box.panel(box, title: title, style: .accent, into: &frame)
        for (i, line) in wrapped.enumerated() where inside.y + i < inside.maxY {
            frame.put(line.0, x: inside.x, y: inside.y + i, width: inside.width, style: line.1)
        }
        frame.put(keys, x: inside.x, y: inside.maxY - 1, width: inside.width, style: .accent)
    }
}

/// Every key of the current screen and the keys that work everywhere.
public enum HelpOverlay {
    public static func draw(screen: [KeyHint], global: [KeyHint], language: Language, in area: Rect, into frame: inout Frame) {
        let rows = screen.count + global.count + 4
        // One column when everything fits; otherwise this screen left and "everywhere" right.
        let twoColumns = rows + 2 > area.height
        let height = twoColumns ? min(area.height, max(screen.count, global.count) + 4) : min(area.height, rows + 2)
        let box = area.centered(width: min(area.width - 4, twoColumns ? 110 : 64), height: height)
        let inside = Box.panel(box, title: UIText.helpTitle(language), style: .accent, into: &frame)
        let keyWidth = (screen + global).map { TextWidth.of($0.keys(language)) }.max() ?? 4
        func section(_ title: String, _ hints: [KeyHint], in rect: Rect, from top: Int) -> Int {
            var y = top
            guard y < rect.maxY else { return y }
            frame.put(title, x: rect.x, y: y, width: rect.width, style: .heading)
            y += 1
            for h in hints where y < rect.maxY {
                frame.put(TextWidth.pad(h.keys(language), to: keyWidth), x: rect.x + 1, y: y, style: .accent)
                frame.put(h.label(language), x: rect.x + keyWidth + 3, y: y, width: rect.width - keyWidth - 3)
                y += 1
            }
            return y
        }
        let body = Rect(x: inside.x, y: inside.y, width: inside.width, height: inside.height - 1)
        if twoColumns {
            let (left, right) = body.splitLeft(body.width / 2)
            _ = section(UIText.helpThisScreen(language), screen, in: left, from: left.y)
            _ = section(UIText.helpEverywhere(language), global, in: Rect(x: right.x + 1, y: right.y, width: right.width - 1, height: right.height), from: right.y)
        } else {
            let y = section(UIText.helpThisScreen(language), screen, in: body, from: body.y)
            _ = section(UIText.helpEverywhere(language), global, in: body, from: y + 1)
        }
        frame.put(UIText.helpClose(language), x: inside.x, y: inside.maxY - 1, width: inside.width, style: .muted)
    }
}

/// Shown instead of the layout when the terminal is smaller than 80×24.
public enum TooSmallNotice {
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public static func draw(language: Language, into frame: inout Frame) {
        let lines = [
            (UIText.tooSmall(language), StyleRole.warning),
            (UIText.tooSmallNeed(language), .normal),
            ("\(UIText.tooSmallNow(language)): \(frame.width)×\(frame.height)", .normal),
            (UIText.tooSmallHint(language), .muted),
        ]
        let wrapped = lines.flatMap { l in TextWidth.wrap(l.0, width: max(1, frame.width - 2)).map { ($0, l.1) } }
        let top = max(0, (frame.height - wrapped.count) / 2)
        for (i, line) in wrapped.enumerated() {
            let x = max(0, (frame.width - TextWidth.of(line.0)) / 2)
            frame.put(line.0, x: x, y: top + i, style: line.1)
        }
    }
}
