/// A multi-line text editor with soft word wrap, for the notes the facilitator types.
public struct TextEditor: Hashable, Sendable {
    public private(set) var lines: [[Character]]
    public private(set) var line = 0
    public private(set) var column = 0
    public let limit: Int
    /// Characters held, line breaks included; kept as keys come, so a long paste stays
    /// linear rather than recounting the text for every key.
    private var count: Int
    /// How many keys changed the text: the owner compares it to know there is something new.
    public private(set) var edits = 0
    /// The last key that would have added text was refused because the text is at `limit`.
    public private(set) var isFull = false

    public init(_ text: String = "", limit: Int = 100_000) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        if lines.isEmpty { lines = [[]] }
        line = lines.count - 1
        column = lines[line].count
        self.limit = limit
        count = lines.reduce(lines.count - 1) { $0 + $1.count }
    }

    public var text: String { lines.map { String($0) }.joined(separator: "\n") }

    /// Handles an editing key for an editor `width` cells wide and `height` rows high;
    /// returns false for keys it does not use.
    public mutating func handle(_ key: Key, width: Int, height: Int) -> Bool {
        let before = count
        isFull = false
        switch key {
        case .char, .enter:
            isFull = count >= limit
            guard !isFull else { return true }
            if case let .char(c) = key {
                lines[line].insert(c, at: column)
                column += 1
            } else {
                let rest = Array(lines[line][column...])
                lines[line].removeSubrange(column...)
                lines.insert(rest, at: line + 1)
                line += 1
                column = 0
            }
            count += 1
        case .backspace:
            if column > 0 {
                lines[line].remove(at: column - 1)
                column -= 1
                count -= 1
            } else if line > 0 {
                column = lines[line - 1].count
                lines[line - 1] += lines[line]
                lines.remove(at: line)
                line -= 1
                count -= 1
            }
        case .delete:
            if column < lines[line].count {
                lines[line].remove(at: column)
                count -= 1
            } else if line + 1 < lines.count {
                lines[line] += lines[line + 1]
                lines.remove(at: line + 1)
                count -= 1
            }
        case .left:
            if column > 0 { column -= 1 } else if line > 0 { line -= 1; column = lines[line].count }
        case .right:
            if column < lines[line].count { column += 1 } else if line + 1 < lines.count { line += 1; column = 0 }
        case .home, .ctrl("a"): column = 0
        case .end, .ctrl("e"): column = lines[line].count
        case .up: moveVisually(by: -1, width: width)
        case .down: moveVisually(by: 1, width: width)
        case .pageUp: moveVisually(by: -max(1, height - 1), width: width)
        case .pageDown: moveVisually(by: max(1, height - 1), width: width)
        default:
            return false
        }
        if count != before { edits += 1 }
        return true
    }

    /// A row on screen: a part of one line.
    struct VisualRow: Hashable {
        let line: Int
        let range: Range<Int>
    }

    func visualRows(width: Int) -> [VisualRow] {
        var rows: [VisualRow] = []
        for (i, l) in lines.enumerated() {
            for r in Self.segments(l, width: width) { rows.append(VisualRow(line: i, range: r)) }
        }
        return rows
    }

    /// Word-wrap break points of one line.
    static func segments(_ chars: [Character], width: Int) -> [Range<Int>] {
        guard width > 1, !chars.isEmpty else { return [0..<chars.count] }
        var result: [Range<Int>] = []
        var start = 0
        while start < chars.count {
            var used = 0
            var end = start
            var lastSpace: Int?
            while end < chars.count {
                let w = TextWidth.of(chars[end])
                if used + w > width - 1 { break }  // keep one column for the cursor
                if chars[end] == " " { lastSpace = end }
                used += w
                end += 1
            }
            if end < chars.count {
                if let s = lastSpace, s > start { end = s + 1 }
                if end == start { end = start + 1 }
            }
            result.append(start..<end)
            start = end
        }
        return result
    }

    func cursorRow(in rows: [VisualRow]) -> Int {
        var found = 0
        for (i, r) in rows.enumerated() where r.line == line {
            found = i
            if column < r.range.upperBound { return i }
        }
        return found
    }

    private mutating func moveVisually(by delta: Int, width: Int) {
        let rows = visualRows(width: width)
        let current = cursorRow(in: rows)
        let x = TextWidth.of(String(lines[line][rows[current].range.lowerBound..<column]))
        let target = min(max(0, current + delta), rows.count - 1)
        let row = rows[target]
        var col = row.range.lowerBound
        var used = 0
        let isLastOfLine = target + 1 >= rows.count || rows[target + 1].line != row.line
        let end = isLastOfLine ? row.range.upperBound : row.range.upperBound - 1
        while col < end, used + TextWidth.of(lines[row.line][col]) <= x {
            used += TextWidth.of(lines[row.line][col])
            col += 1
        }
        line = row.line
        column = col
    }

    /// Draws the text in `rect`, scrolled so that the cursor row is visible.
    public func draw(in rect: Rect, focused: Bool, into frame: inout Frame) {
        guard rect.width > 1, rect.height > 0 else { return }
        let rows = visualRows(width: rect.width)
        let current = cursorRow(in: rows)
        let top = max(0, current - rect.height + 1)
        for (i, row) in rows[top...].prefix(rect.height).enumerated() {
            frame.put(String(lines[row.line][row.range]), x: rect.x, y: rect.y + i, style: .normal, clip: rect)
        }
        if focused {
            let r = rows[current]
            let x = TextWidth.of(String(lines[line][r.range.lowerBound..<column]))
            frame.cursor = (rect.x + min(x, rect.width - 1), rect.y + current - top)
        }
    }
}
