import Foundation
import RoutekaartCore
import Synchronization

/// The netwerkopstelling: the challenge in the middle, closeness rings, actors as
/// labelled tokens and relations as lines. Strength shows in the line (solid or dotted),
/// quality in the mark halfway (+ trust, = neutral, ! tension), so it reads without colour.
public enum NetworkBoard {
    /// Maps board points (−100 … 100) to cells, two columns per row for round rings.
    public struct Viewport: Equatable, Sendable {
        public let rect: Rect
        let centreX: Double
        let centreY: Double
        let unit: Double
        let focus: BoardPoint

        public init(rect: Rect, zoom: Int, focus: BoardPoint) {
            self.rect = rect
            centreX = Double(rect.x) + Double(rect.width) / 2
            centreY = Double(rect.y) + Double(rect.height) / 2
            let fit = min((Double(rect.width) / 2 - 2) / 2, Double(rect.height) / 2 - 1) / 100
            unit = fit * Double(max(1, zoom))
            self.focus = zoom > 1 ? focus : BoardPoint(x: 0, y: 0)
        }

        public func cell(_ p: BoardPoint) -> (x: Int, y: Int) {
            (Int((centreX + Double(p.x - focus.x) * unit * 2).rounded(.down)), Int((centreY + Double(p.y - focus.y) * unit).rounded(.down)))
        }

        func cell(x: Double, y: Double) -> (x: Int, y: Int) {
            (Int((centreX + (x - Double(focus.x)) * unit * 2).rounded(.down)), Int((centreY + (y - Double(focus.y)) * unit).rounded(.down)))
        }
    }

    public static func label(_ actor: Actor, width: Int = 14) -> String {
        Method.badge(actor.fields.kind) + (actor.fields.ownMunicipality ? "★" : "") + " " + TextWidth.truncate(actor.fields.name, to: width)
    }

    /// What a board was drawn from: the same again gives the same cells.
    struct Drawing: Equatable {
        let actors: [Actor]
        let relations: [Relation]
        let selected: String?
        let viewport: Viewport
        let language: Language
        let width: Int
        let height: Int
    }

    /// The board last drawn, kept whole: a frame that shows the same board again (a key
    /// elsewhere on the screen, a return to the board) copies its cells instead of drawing
    /// 1,000 relations again. An unchanged log hands the same arrays, so comparing is immediate.
    private static let lastDrawn = Mutex<(drawing: Drawing, layer: Frame)?>(nil)

    public static func draw(actors: [Actor], relations: [Relation], selected: String?, viewport: Viewport, language: Language, into frame: inout Frame) {
        let drawing = Drawing(actors: actors, relations: relations, selected: selected, viewport: viewport, language: language,
                              width: frame.width, height: frame.height)
        let layer = lastDrawn.withLock { $0?.drawing == drawing ? $0?.layer : nil } ?? {
            var layer = Frame(width: frame.width, height: frame.height)
            drawAnew(actors: actors, relations: relations, selected: selected, viewport: viewport, language: language, into: &layer)
            lastDrawn.withLock { $0 = (drawing, layer) }
            return layer
        }()
        frame.paste(viewport.rect, of: layer)
    }

    static func drawAnew(actors: [Actor], relations: [Relation], selected: String?, viewport: Viewport, language: Language, into frame: inout Frame) {
        let rect = viewport.rect
        // Rings, dotted, with their number on the right.
        let dot = Cell("·", style: .muted)
        for ring in 1...5 {
            let r = Double(ring * BoardPoint.ringWidth)
            let steps = max(24, Int(r * viewport.unit * 12))
            for i in 0..<steps {
                let angle = Double(i) / Double(steps) * 2 * Double.pi
                let c = viewport.cell(x: cos(angle) * r, y: sin(angle) * r)
                frame.putCell(dot, x: c.x, y: c.y, clip: rect)
            }
            let mark = viewport.cell(x: r, y: 0)
            if contains(rect, mark) { frame.put(String(ring), x: mark.x, y: mark.y, style: .muted, clip: rect) }
        }
        let byID = Dictionary(uniqueKeysWithValues: actors.map { ($0.id, $0) })
        for relation in relations {
            guard let a = byID[relation.fields.from], let b = byID[relation.fields.to] else { continue }
            drawLine(from: viewport.cell(a.position), to: viewport.cell(b.position), relation: relation.fields, in: rect, into: &frame)
        }
        // Labels never cover each other: the challenge first, then the selected actor, then
        // the rest, each moved up or down a row or two when its place is taken.
        var labels = Labels(rect: rect)
        let centre = viewport.cell(BoardPoint(x: 0, y: 0))
        let challenge = NetworkBoardText.challenge(language)
        let at = labels.place(challenge, around: centre)
        frame.put(challenge, x: at.x, y: at.y, style: .title, clip: rect)
        let order = actors.filter { $0.id == selected } + actors.filter { $0.id != selected }
        let nameWidth = rect.width >= 70 ? 20 : 14
        for actor in order {
            let isSelected = actor.id == selected
            let text = isSelected ? "[" + label(actor, width: nameWidth) + "]" : " " + label(actor, width: nameWidth) + " "
            let p = labels.place(text, around: viewport.cell(actor.position))
            frame.put(text, x: p.x, y: p.y, style: isSelected ? .selected : .accent, clip: rect)
        }
    }

    /// Cells already taken by labels, row by row.
    struct Labels {
        let rect: Rect
        var taken: [Int: [Range<Int>]] = [:]

        mutating func place(_ text: String, around c: (x: Int, y: Int)) -> (x: Int, y: Int) {
            let width = TextWidth.of(text)
            let x = max(rect.x, min(c.x - width / 2, rect.maxX - width))
            for dy in [0, -1, 1, -2, 2, -3, 3] {
                let y = c.y + dy
                guard y >= rect.y, y < rect.maxY else { continue }
                let span = x..<(x + width)
                if !(taken[y] ?? []).contains(where: { $0.overlaps(span) }) {
                    taken[y, default: []].append(span)
                    return (x, y)
                }
            }
            let y = min(max(rect.y, c.y), rect.maxY - 1)
            taken[y, default: []].append(x..<(x + width))
            return (x, y)
        }
    }

    /// `numerator / denominator` to the nearest whole number, halves away from zero.
    static func rounded(_ numerator: Int, over denominator: Int) -> Int {
        numerator >= 0 ? (2 * numerator + denominator) / (2 * denominator) : -((-2 * numerator + denominator) / (2 * denominator))
    }

    static func contains(_ rect: Rect, _ c: (x: Int, y: Int)) -> Bool {
        c.x >= rect.x && c.x < rect.maxX && c.y >= rect.y && c.y < rect.maxY
    }

    static func drawLine(from a: (x: Int, y: Int), to b: (x: Int, y: Int), relation: RelationFields, in rect: Rect, into frame: inout Frame) {
        let dx = b.x - a.x, dy = b.y - a.y
        let strong = relation.strength == .strong
        let glyph: String
        // A cell is twice as high as wide: two columns per row is a diagonal.
        if abs(dx) >= 4 * abs(dy) { glyph = strong ? "─" : "┄" }
        else if abs(dx) <= abs(dy) { glyph = strong ? "│" : "┆" }
        else { glyph = strong ? ((dx > 0) == (dy > 0) ? "╲" : "╱") : "·" }
        let steps = max(abs(dx), abs(dy))
        guard steps > 0 else { return }
        let line = Cell(glyph, style: strong ? .normal : .muted)
        for i in 1..<steps {
            frame.putCell(line, x: a.x + rounded(dx * i, over: steps), y: a.y + rounded(dy * i, over: steps), clip: rect)
        }
        let mid = (a.x + dx / 2, a.y + dy / 2)
        let style: StyleRole = relation.quality == .trust ? .done : relation.quality == .tension ? .warning : .normal
        frame.putGlyph(String(Method.mark(relation.quality)), x: mid.0, y: mid.1, style: style, clip: rect)
    }
}

/// The texts of this file, in Dutch and English.
enum NetworkBoardText {
    static let challenge = LocalizedText(nl: "◎ Opgave", en: "◎ Challenge")
}
