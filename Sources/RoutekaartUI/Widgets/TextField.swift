import RoutekaartCore

/// A one-line text input: insert anywhere, move the cursor, delete either side. A number
/// field has its whole value selected whenever it is entered, so typing replaces it.
public struct TextField: Hashable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    public let limit: Int
    /// Selects the whole value each time the field is entered (`number`).
    public private(set) var selectsOnEntry = false
    /// The whole value is selected: the next character replaces it, Backspace clears it.
    public private(set) var isSelected = false

    public init(_ text: String = "", limit: Int = 200) {
        characters = Array(text)
        cursor = characters.count
        self.limit = limit
    }

    /// A number field, its value selected: typing "3" over "12" gives "3", over "0" gives "3".
    public static func number(_ text: String, limit: Int) -> TextField {
        var field = TextField(text, limit: limit)
        field.selectsOnEntry = true
        field.enter()
        return field
    }

    /// Names the field offers while typing (participants, parties); free text stays possible.
    public private(set) var suggestions: [String] = []

    /// A field that offers `suggestions`: typing part of a name shows the first that has a
    /// word starting with it, and → at the end takes it.
    public static func choosing(_ text: String, from suggestions: [String], limit: Int) -> TextField {
        var field = TextField(text, limit: limit)
        field.suggestions = suggestions
        return field
    }

    /// The suggestion for what is typed so far, if the cursor is at the end.
    public var suggestion: String? {
        guard !characters.isEmpty, cursor == characters.count else { return nil }
        let typed = TextCleaning.folded(text)
        return suggestions.first { s in
            let f = TextCleaning.folded(s)
            return f != typed && (f.hasPrefix(typed) || f.split(separator: " ").contains { $0.hasPrefix(typed) })
        }
    }

    /// Rows the field shows: a long text (a challenge, an answer, a rationale) wraps over three
    /// so the room sees the whole sentence while it is written; a name or a number takes one.
    public var rows: Int { limit >= 1_000 ? 3 : 1 }

    /// The field got the focus.
    public mutating func enter() {
        guard selectsOnEntry else { return }
        isSelected = !characters.isEmpty
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Handles an editing key; returns false for keys it does not use.
    public mutating func handle(_ key: Key) -> Bool {
        if isSelected {
            isSelected = false
            switch key {
            case .char, .backspace, .delete, .ctrl("u"):
                characters = []
                cursor = 0
                if case .char = key { break }
                return true
            default: break
            }
        }
        switch key {
        case let .char(c):
            guard characters.count < limit, TextWidth.of(c) > 0 || !c.isASCII else { return true }
            characters.insert(c, at: cursor)
            cursor += 1
        case .left: cursor = max(0, cursor - 1)
        case .right:
            if let suggestion {
                characters = Array(suggestion.prefix(limit))
                cursor = characters.count
            } else {
                cursor = min(characters.count, cursor + 1)
            }
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .ctrl("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .ctrl("k"):
            characters.removeSubrange(cursor...)
        default:
            return false
        }
        return true
    }

    /// Draws the field in `rect`: one row scrolled so the cursor shows, or, for a long text,
    /// the text wrapped over the rows with the cursor's row in view.
    public func draw(in rect: Rect, focused: Bool, into frame: inout Frame) {
        frame.fill(rect, style: .input)
        guard rect.width > 1 else { return }
        let style: StyleRole = isSelected && focused ? .selected : .input
        if rect.height > 1 {
            let lines = Self.wrapped(characters, width: rect.width - 1)
            let cursorLine = lines.lastIndex { $0.lowerBound <= cursor } ?? 0
            let top = max(0, cursorLine - rect.height + 1)
            for (row, range) in lines.dropFirst(top).prefix(rect.height).enumerated() {
                frame.put(String(characters[range]), x: rect.x, y: rect.y + row, style: style, clip: rect)
            }
            if focused {
                let start = lines[cursorLine].lowerBound
                frame.cursor = (rect.x + TextWidth.of(String(characters[start..<cursor])), rect.y + cursorLine - top)
            }
            return
        }
        var start = 0
        while TextWidth.of(String(characters[start..<cursor])) > rect.width - 1 { start += 1 }
        let visible = String(characters[start...])
        frame.put(visible, x: rect.x, y: rect.y, style: style, clip: rect)
        if focused {
            let x = rect.x + TextWidth.of(String(characters[start..<cursor]))
            frame.cursor = (x, rect.y)
            if let suggestion, x + 2 < rect.maxX {
                frame.put("→ " + suggestion, x: x + 1, y: rect.y, width: rect.maxX - x - 1, style: .muted)
            }
        }
    }

    /// The ranges of `characters` on each row of `width` cells, broken after the last space
    /// that fits, else anywhere; never an empty list.
    static func wrapped(_ characters: [Character], width: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        while start < characters.count {
            var end = start, used = 0
            while end < characters.count, used + TextWidth.of(characters[end]) <= width {
                used += TextWidth.of(characters[end])
                end += 1
            }
            if end < characters.count, let space = characters[start..<end].lastIndex(of: " "), space > start { end = space + 1 }
            lines.append(start..<max(end, start + 1))
            start = max(end, start + 1)
        }
        // The cursor after a full last row goes to the start of the next.
        if lines.isEmpty || TextWidth.of(String(characters[lines[lines.count - 1]])) >= width {
            lines.append(characters.count..<characters.count)
        }
        return lines
    }
}
