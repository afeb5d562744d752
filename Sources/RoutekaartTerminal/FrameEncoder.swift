import RoutekaartUI

/// The control strings of one terminal that drawing needs, read from terminfo once.
public struct TerminalCodes: Sendable {
    /// Writes the bytes that put the cursor at (column, row), both from 0.
    public var moveTo: @Sendable (_ column: Int, _ row: Int, _ into: inout [UInt8]) -> Void
    /// Clears the whole screen and puts the cursor top left.
    public var clearScreen: [UInt8]
    /// Whether cleared cells look like blank cells in the normal style: true when that
    /// style has no colour and no attribute, or when the terminal clears in the colour
    /// selected. Otherwise a repaint writes every cell.
    public var clearsToNormal: Bool
    /// Clears from the cursor to the end of its row, or nil when the terminal cannot.
    public var clearToEndOfRow: [UInt8]?
    /// What selects each style role, by raw value: each starts from the normal attributes.
    public var styles: [[UInt8]]
    /// For each style role, by raw value, how a blank cell in it looks: roles with the same
    /// number show a space alike (their foreground, bold and dim do not show on it), so a
    /// space may be written in whichever of them the terminal has selected.
    public var blankLooks: [Int]
    public var hideCursor: [UInt8]
    public var showCursor: [UInt8]
    public var bell: [UInt8]
    /// False when writing the bottom-right cell would scroll the screen (automatic margins
    /// without the delayed wrap that nearly every terminal has).
    public var writesLastCell: Bool

    /// Without `blankLooks`, every role's blank looks different from every other's.
    public init(moveTo: @escaping @Sendable (Int, Int, inout [UInt8]) -> Void, clearScreen: [UInt8], clearsToNormal: Bool,
                clearToEndOfRow: [UInt8]?, styles: [[UInt8]], blankLooks: [Int]? = nil, hideCursor: [UInt8], showCursor: [UInt8], bell: [UInt8],
                writesLastCell: Bool) {
        self.moveTo = moveTo
        self.clearScreen = clearScreen
        self.clearsToNormal = clearsToNormal
        self.clearToEndOfRow = clearToEndOfRow
        self.styles = styles
        self.blankLooks = blankLooks ?? Array(styles.indices)
        self.hideCursor = hideCursor
        self.showCursor = showCursor
        self.bell = bell
        self.writesLastCell = writesLastCell
    }

    /// `ESC [ row ; column H`, what ANSI terminals take, counted from 1.
    public static func ansiMove(_ column: Int, _ row: Int, _ into: inout [UInt8]) {
        into.append(contentsOf: [0x1B, 0x5B])
        appendDecimal(row + 1, to: &into)
        into.append(0x3B)
        appendDecimal(column + 1, to: &into)
        into.append(0x48)
    }

    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value >= 10 { appendDecimal(value / 10, to: &bytes) }
        bytes.append(0x30 + UInt8(value % 10))
    }
}

/// Turns a frame into the bytes that change what the terminal shows into it: only the
/// cells that differ from the frame shown before, each style and move written once.
/// Pure: the terminal's state it keeps is the cursor's visibility.
public struct FrameEncoder: Sendable {
    public let codes: TerminalCodes
    /// Whether the text cursor is showing.
    public private(set) var cursorVisible = true
    /// Gaps this short between changed cells in one style are written over, not jumped.
    static let shortGap = 4

    public init(codes: TerminalCodes) { self.codes = codes }

    /// The bytes that turn `before` on the screen into `frame`, or none when the screen
    /// already shows it. Without `before` (a start, a resize), or when the frame asks for a
    /// repaint, the screen is cleared and every cell sent.
    public mutating func encode(_ frame: Frame, over before: Frame?) -> [UInt8] {
        let whole = before == nil || before?.width != frame.width || before?.height != frame.height || frame.repaint
        var out: [UInt8] = []
        out.reserveCapacity(whole ? 8192 : 1024)
        if frame.cursor == nil, cursorVisible {
            out += codes.hideCursor
            cursorVisible = false
        }
        var pen = Pen(codes: codes, width: frame.width)
        if whole {
            pen.select(.normal, into: &out)
            out += codes.clearScreen
            pen.at = (0, 0)
        }
        let blank = Cell()
        let width = frame.width
        let clearToEndOfRow = codes.clearsToNormal ? codes.clearToEndOfRow : nil
        frame.cells.withUnsafeBufferPointer { cells in
            (whole ? [] : before!.cells).withUnsafeBufferPointer { was in
                for y in 0..<frame.height {
                    let row = y * width
                    var blankFrom: Int?  // where the row's blank tail begins, found when first needed
                    var x = 0
                    while x < width {
                        let cell = cells[row + x]
                        let unchanged = whole ? codes.clearsToNormal && cell == blank : cell == was[row + x]
                        if unchanged || cell.isContinuation {
                            x += 1
                            continue
                        }
                        if y == frame.height - 1, x == width - 1, !codes.writesLastCell { break }
                        if let clear = clearToEndOfRow, !whole {
                            let from = blankFrom ?? Self.blankTail(cells, row: row, width: width)
                            blankFrom = from
                            if x >= from {
                                pen.move(to: x, y, cells: cells, into: &out)
                                pen.select(.normal, into: &out)
                                out += clear
                                break
                            }
                        }
                        pen.move(to: x, y, cells: cells, into: &out)
                        if !pen.showsAlike(cell) { pen.select(cell.style, into: &out) }
                        pen.write(cell, into: &out)
                        x += 1
                    }
                }
            }
        }
        if frame.bell { out += codes.bell }
        let cursorMoved = before?.cursor?.x != frame.cursor?.x || before?.cursor?.y != frame.cursor?.y
        if let cursor = frame.cursor, !out.isEmpty || cursorMoved || !cursorVisible {
            codes.moveTo(cursor.x, cursor.y, &out)
            if !cursorVisible {
                out += codes.showCursor
                cursorVisible = true
            }
        }
        return out
    }

    /// The first column from which a row holds only blank cells in the normal style.
    static func blankTail(_ cells: UnsafeBufferPointer<Cell>, row: Int, width: Int) -> Int {
        let blank = Cell()
        var x = width
        while x > 0, cells[row + x - 1] == blank { x -= 1 }
        return x
    }

    /// Where the terminal's cursor is and which style it writes in, as far as is known.
    struct Pen {
        let codes: TerminalCodes
        let width: Int
        var at: (x: Int, y: Int)?
        var style: StyleRole?

        init(codes: TerminalCodes, width: Int) {
            self.codes = codes
            self.width = width
        }

        /// Whether `cell` written in the selected style looks as it should: it is in that
        /// style, or it is a space and the two styles show a space alike.
        func showsAlike(_ cell: Cell) -> Bool {
            guard let style else { return false }
            return cell.style == style || cell.asciiByte == 0x20 && codes.blankLooks[Int(cell.style.rawValue)] == codes.blankLooks[Int(style.rawValue)]
        }

        mutating func select(_ role: StyleRole, into out: inout [UInt8]) {
            guard role != style else { return }
            out += codes.styles[Int(role.rawValue)]
            style = role
        }

        /// Moves to (x, y): a short gap on the same row in the current style is written
        /// over with what it already shows, anything else is a cursor move.
        mutating func move(to x: Int, _ y: Int, cells: UnsafeBufferPointer<Cell>, into out: inout [UInt8]) {
            if let at, at.y == y, at.x == x { return }
            if let at, at.y == y, at.x < x, x - at.x <= FrameEncoder.shortGap {
                let gap = (y * width + at.x)..<(y * width + x)
                if gap.allSatisfy({ cells[$0].asciiByte != nil && showsAlike(cells[$0]) }) {
                    for i in gap { out.append(cells[i].asciiByte!) }
                    self.at = (x, y)
                    return
                }
            }
            codes.moveTo(x, y, &out)
            at = (x, y)
        }

        /// Writes one cell's grapheme. After one whose width a terminal might count
        /// differently (an emoji, a wide or combined grapheme) the cursor's column is
        /// treated as unknown, so the next cell is placed by a move.
        mutating func write(_ cell: Cell, into out: inout [UInt8]) {
            guard let position = at else { return }
            if let byte = cell.asciiByte {
                out.append(byte)
            } else {
                cell.withUTF8 { out.append(contentsOf: $0) }
            }
            let next = position.x + 1
            at = cell.asciiByte != nil || cell.isNarrowScalar ? (next < width ? (next, position.y) : nil) : nil
        }
    }
}
