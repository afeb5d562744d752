import RoutekaartCore

/// The 2×2 chart of the quadrant model with its axes, counts, shares, dots, the leader
/// and, when two rounds are compared, the shift. Letters and symbols carry the meaning,
/// so it reads in monochrome and from the back of the room.
public enum QuadrantChart {
    public struct Content {
        /// The round shown, nil before any round.
        public var round: QuadrantRound?
        /// The other round to compare with ("nu" when `round` is "gewenst", and the other way round).
        public var comparison: QuadrantRound?
        /// The quadrant the keyboard cursor is on, if voting by arrows.
        public var cursor: Quadrant?
        /// Dots of the ballot being entered.
        public var pending: QuadrantDots?

        public init(round: QuadrantRound?, comparison: QuadrantRound? = nil, cursor: Quadrant? = nil, pending: QuadrantDots? = nil) {
            self.round = round
            self.comparison = comparison
            self.cursor = cursor
            self.pending = pending
        }
    }

    /// The digit that votes for `q`, by its place: 1 2 on top, 3 4 below.
    public static func digit(_ q: Quadrant) -> Character {
        let p = Method.info(q).placement
        return Character(String(p.row * 2 + p.column + 1))
    }

    public static func quadrant(forDigit c: Character) -> Quadrant? {
        Quadrant.allCases.first { digit($0) == c }
    }

    public static func quadrant(column: Int, row: Int) -> Quadrant {
        Method.quadrants.first { $0.placement.column == column && $0.placement.row == row }!.quadrant
    }

    public static func draw(_ content: Content, language: Language, in rect: Rect, into frame: inout Frame) {
        let margin = 11
        let columnWidth = (rect.width - margin - 3) / 2
        let cellHeight = max(2, (rect.height - 4) / 2)
        guard columnWidth >= 12 else { return }
        let x0 = rect.x + margin
        frame.put(Method.Axis.left(language), x: x0 + 1, y: rect.y, width: columnWidth, style: .muted)
        frame.put(Method.Axis.right(language), x: x0 + columnWidth + 2, y: rect.y, width: columnWidth, style: .muted)
        let top = rect.y + 1
        let line = String(repeating: "─", count: columnWidth)
        frame.put("┌" + line + "┬" + line + "┐", x: x0, y: top, style: .border)
        frame.put("├" + line + "┼" + line + "┤", x: x0, y: top + cellHeight + 1, style: .border)
        frame.put("└" + line + "┴" + line + "┘", x: x0, y: top + 2 * cellHeight + 2, style: .border)
        for row in 0..<2 {
            let y0 = top + 1 + row * (cellHeight + 1)
            for dy in 0..<cellHeight {
                for bx in [x0, x0 + columnWidth + 1, x0 + 2 * columnWidth + 2] { frame.put("│", x: bx, y: y0 + dy, style: .border) }
            }
            let label = row == 0 ? Method.Axis.top(language) : Method.Axis.bottom(language)
            frame.put(label, x: rect.x, y: y0 + (cellHeight - 1) / 2, width: margin - 1, style: .muted)
            for column in 0..<2 {
                let cell = Rect(x: x0 + 1 + column * (columnWidth + 1), y: y0, width: columnWidth, height: cellHeight)
                drawCell(quadrant(column: column, row: row), content, language: language, in: cell, into: &frame)
            }
        }
    }

    /// "nu 20 % → gewenst 73 % ▲53" for `q`, whichever of the two rounds is shown, with
    /// the style of the change: up, down or the same.
    static func shift(_ q: Quadrant, round: QuadrantRound, tally: QuadrantTally, other: QuadrantTally, language: Language) -> (text: String, style: StyleRole) {
        let (now, desired) = round.setup.kind == .current ? (tally, other) : (other, tally)
        let a = now.percentages[q] ?? 0, b = desired.percentages[q] ?? 0
        let arrow = b > a ? "▲\(b - a)" : b < a ? "▼\(a - b)" : "="
        return ("\(Method.name(.current)(language)) \(a) % → \(Method.name(.desired)(language)) \(b) % \(arrow)", b > a ? .done : b < a ? .busy : .muted)
    }

    static func drawCell(_ q: Quadrant, _ content: Content, language: Language, in cell: Rect, into frame: inout Frame) {
        let info = Method.info(q)
        let inner = cell.inset(dx: 1, dy: 0)
        let visible = content.round?.isVisible ?? false
        let tally = content.round.map(QuadrantTally.init)
        let isLeader = visible && (tally?.leaders.contains(q) ?? false)
        let isCursor = content.cursor == q
        if isCursor { frame.fill(cell, style: .selected) }
        let head = (isCursor ? "▸" : " ") + String(digit(q)) + " " + String(info.letter) + "  " + info.name(language)
        frame.put(head, x: inner.x - 1, y: inner.y, width: inner.width + 1, style: isCursor ? .selected : (isLeader ? .title : .heading))
        var y = inner.y + 1
        let bodyStyle: StyleRole = isCursor ? .selected : .normal
        guard let round = content.round, let tally else { return }
        if !visible {
            if y < inner.maxY { frame.put(QuadrantChartText.hiddenUntilRevealed(language), x: inner.x, y: y, width: inner.width, style: isCursor ? .selected : .muted) }
            y += 1
        } else {
            let count = tally.counts[q]
            let pct = tally.percentages[q] ?? 0
            let counted = (round.setup.style == .single ? QuadrantChartText.votes : QuadrantChartText.dots)(count, language)
            let label = Method.name(round.setup.kind)(language)
            if y < inner.maxY {
                frame.put("\(label): \(counted) · \(pct) %", x: inner.x, y: y, width: inner.width, style: bodyStyle)
                y += 1
            }
            if y < inner.maxY, count > 0 || isLeader {
                let mark = isLeader ? QuadrantChartText.most(language) : ""
                let room = inner.width - TextWidth.of(mark) - 2
                let bar = count <= room ? String(repeating: "●", count: count) : "●×\(count)"
                let used = frame.put(bar, x: inner.x, y: y, width: inner.width, style: isCursor ? .selected : .accent)
                if isLeader { frame.put(mark, x: inner.x + used + 2, y: y, style: isCursor ? .selected : .done) }
                y += 1
            }
        }
        if let other = content.comparison, other.isVisible, visible, y < inner.maxY {
            let shift = shift(q, round: round, tally: tally, other: QuadrantTally(other), language: language)
            frame.put(shift.text, x: inner.x, y: y, width: inner.width, style: isCursor ? .selected : shift.style)
            y += 1
        }
        if let pending = content.pending, pending[q] > 0, y < inner.maxY {
            frame.put(QuadrantChartText.thisVote(language) + String(repeating: "○", count: pending[q]), x: inner.x, y: y,
                      width: inner.width, style: isCursor ? .selected : .busy)
        }
    }
}

/// The texts of this file, in Dutch and English.
enum QuadrantChartText {
    static let votes = CountedText(one: LocalizedText(nl: "stem", en: "vote"), other: LocalizedText(nl: "stemmen", en: "votes"))
    static let dots = CountedText(one: LocalizedText(nl: "stip", en: "dot"), other: LocalizedText(nl: "stippen", en: "dots"))
    static let hiddenUntilRevealed = LocalizedText(nl: "verborgen tot onthullen", en: "hidden until revealed")
    static let most = LocalizedText(nl: "◆ meeste", en: "◆ most")
    static let thisVote = LocalizedText(nl: "deze stem: ", en: "this vote: ")
}
