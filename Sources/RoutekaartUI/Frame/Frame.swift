import Synchronization

/// One cell: a grapheme (empty for the right half of a wide one) and its style. The
/// grapheme is kept in the cell itself, so a frame is plain memory: made, copied, compared
/// and freed without visiting each cell.
public struct Cell: Hashable, Sendable {
    private var glyph: Glyph
    public var style: StyleRole

    public init(_ text: String = " ", style: StyleRole = .normal) {
        glyph = Glyph(text)
        self.style = style
    }

    /// A cell holding one scalar: a letter, a dash, a line of a box.
    init(_ scalar: Unicode.Scalar, style: StyleRole) {
        glyph = Glyph(scalar)
        self.style = style
    }

    public var text: String {
        get { glyph.text }
        set { glyph = Glyph(newValue) }
    }

    /// The second cell of a two-cell grapheme.
    public var isContinuation: Bool { glyph.isEmpty }

    /// The byte of a cell holding one ASCII character, without making a string of it.
    public var asciiByte: UInt8? { glyph.asciiByte }

    /// Whether the cell holds one scalar that every terminal shows in one cell (a letter,
    /// a dash, a line of a box): writing it moves the cursor one column.
    public var isNarrowScalar: Bool { glyph.scalarValue.map(TextWidth.isNarrowStandalone) ?? false }

    /// Hands the grapheme's UTF-8 bytes to `body`, without making a string of them.
    public func withUTF8<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R { glyph.withUTF8(body) }
}

/// A grapheme's UTF-8 bytes in 16 bytes: up to 15 of them inline with their count in the
/// last byte (nearly every grapheme); a longer one (a family emoji) is numbered in a table
/// that all frames share, which only the graphemes ever shown can fill.
struct Glyph: Hashable, Sendable {
    private var low: UInt64
    private var high: UInt64

    private static let numberedMark: UInt64 = 0xFF << 56
    private static let numbered = Mutex<(texts: [String], numbers: [[UInt8]: UInt64])>(([], [:]))

    init(_ text: String) {
        let count = text.utf8.count
        guard count <= 15 else {
            let bytes = Array(text.utf8)  // by bytes: two spellings of one grapheme stay two
            low = Self.numbered.withLock { table in
                if let number = table.numbers[bytes] { return number }
                table.texts.append(text)
                table.numbers[bytes] = UInt64(table.texts.count - 1)
                return UInt64(table.texts.count - 1)
            }
            high = Self.numberedMark
            return
        }
        var low: UInt64 = 0
        var high = UInt64(count) << 56
        var i = 0
        for byte in text.utf8 {
            if i < 8 { low |= UInt64(byte) << (8 * i) } else { high |= UInt64(byte) << (8 * (i - 8)) }
            i += 1
        }
        self.low = low
        self.high = high
    }

    init(_ scalar: Unicode.Scalar) {
        var low: UInt64 = 0
        var count = 0
        for byte in UTF8.encode(scalar)! {  // every scalar has a UTF-8 form
            low |= UInt64(byte) << (8 * count)
            count += 1
        }
        self.low = low
        high = UInt64(count) << 56
    }

    var isEmpty: Bool { low == 0 && high == 0 }

    var asciiByte: UInt8? { high == 1 << 56 && low < 0x80 ? UInt8(low) : nil }

    /// The scalar of a glyph of one scalar, else nil.
    var scalarValue: UInt32? {
        let count = Int(high >> 56)
        guard (1...4).contains(count) else { return nil }
        func byte(_ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: low >> (8 * i)) & 0xFF }
        // The lead byte says how many bytes its scalar has: "e" and a combining mark are two scalars.
        let leadOnes = (~(byte(0) << 24)).leadingZeroBitCount
        guard count == 1 ? leadOnes == 0 : leadOnes == count else { return nil }
        var value = count == 1 ? byte(0) : byte(0) & (0x7F >> count)
        for i in 1..<count { value = value << 6 | (byte(i) & 0x3F) }
        return value
    }

    func withUTF8<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        if high == Self.numberedMark {
            var text = Self.numbered.withLock { $0.texts[Int(low)] }
            return text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        }
        return withUnsafeBytes(of: (low.littleEndian, high.littleEndian)) { body(UnsafeRawBufferPointer(rebasing: $0.prefix(Int(high >> 56)))) }
    }

    var text: String {
        if high == Self.numberedMark { return Self.numbered.withLock { $0.texts[Int(low)] } }
        return withUnsafeBytes(of: (low.littleEndian, high.littleEndian)) { String(decoding: $0.prefix(Int(high >> 56)), as: UTF8.self) }
    }
}

/// A grid of cells that a screen renders into. Tests read it as text; the terminal
/// backend draws it.
public struct Frame: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the text cursor is shown, if anywhere.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set { cursorX = newValue?.x; cursorY = newValue?.y ?? 0 }
    }
    private var cursorX: Int?
    private var cursorY = 0
    /// Ring the terminal bell once when this frame is drawn (only when the facilitator asked for it).
    public var bell = false
    /// Send every cell again instead of only what changed (Ctrl-L, after something else
    /// wrote over the screen).
    public var repaint = false

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Texts that did not fit where they were put and were cut without an ellipsis: a
    /// screen test reads them; drawing never does. Not part of a frame's equality.
    public private(set) var silentCuts: [String] = []

    /// Writes `text` at (x, y) within `clip`, never past its right edge; returns the
    /// cells used. Wide graphemes that do not fit are left out, never split.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: StyleRole = .normal, clip: Rect? = nil) -> Int {
        let area = clip ?? bounds
        guard y >= max(0, area.y), y < min(height, area.maxY) else { return 0 }
        let limit = min(width, area.maxX)
        if TextWidth.isPrintableASCII(text) || TextWidth.isNarrowScalars(text) {
            return putNarrow(text, x: x, y: y, style: style, area: area, limit: limit)
        }
        return putGraphemes(text, x: x, y: y, style: style, area: area, limit: limit)
    }

    /// `put` for any text: a grapheme at a time, each as wide as `TextWidth.of` says.
    mutating func putGraphemes(_ text: String, x: Int, y: Int, style: StyleRole, area: Rect, limit: Int) -> Int {
        var cx = x
        for (offset, c) in zip(text.indices, text) {
            let w = TextWidth.of(c)
            if w == 0 { continue }
            if cx + w > limit {
                if text[offset...].contains(where: { !$0.isWhitespace }) { silentCuts.append(text) }
                break
            }
            if cx >= max(0, area.x) {
                clearWide(at: cx, y: y)
                self[cx, y] = Cell(String(c), style: style)
                if w == 2 {
                    clearWide(at: cx + 1, y: y)
                    self[cx + 1, y] = Cell("", style: style)
                }
            }
            cx += w
        }
        return cx - x
    }

    /// `put` for text whose every scalar is one cell and a grapheme of its own (printable
    /// ASCII, or `TextWidth.isNarrowScalars`): a scalar a cell, no graphemes to find.
    private mutating func putNarrow(_ text: String, x: Int, y: Int, style: StyleRole, area: Rect, limit: Int) -> Int {
        var cx = x
        let scalars = text.unicodeScalars
        for i in scalars.indices {
            if cx + 1 > limit {
                if scalars[i...].contains(where: { !$0.properties.isWhitespace }) { silentCuts.append(text) }
                break
            }
            if cx >= max(0, area.x) {
                clearWide(at: cx, y: y)
                self[cx, y] = Cell(scalars[i], style: style)
            }
            cx += 1
        }
        return cx - x
    }

    /// Writes one narrow glyph (box drawing, a dot, a letter) if (x, y) lies in `clip`:
    /// the fast path for lines and rings, which draw thousands of single cells.
    public mutating func putGlyph(_ glyph: String, x: Int, y: Int, style: StyleRole, clip: Rect) {
        putCell(Cell(glyph, style: style), x: x, y: y, clip: clip)
    }

    /// `putGlyph` for a cell made once and put many times (the dots of a line).
    public mutating func putCell(_ cell: Cell, x: Int, y: Int, clip: Rect) {
        guard x >= clip.x, x < clip.maxX, y >= clip.y, y < clip.maxY, x >= 0, x < width, y >= 0, y < height else { return }
        let i = y * width + x
        if cells[i].isContinuation || (x + 1 < width && cells[i + 1].isContinuation) { clearWide(at: x, y: y) }
        cells[i] = cell
    }

    /// Writes `text` cut to `width` cells with an ellipsis.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, width: Int, style: StyleRole = .normal) -> Int {
        put(TextWidth.truncate(text, to: width), x: x, y: y, style: style, clip: Rect(x: x, y: y, width: width, height: 1))
    }

    /// Fills `rect` with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: StyleRole) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y] = Cell(" ", style: style) }
        }
    }

    /// Puts the cells of `rect` in `layer` (a frame of the same size) over this frame's. A
    /// wide grapheme of this frame that `rect`'s edge would cut in two is cleared.
    public mutating func paste(_ rect: Rect, of layer: Frame) {
        guard layer.width == width, layer.height == height else { return }
        let left = max(0, rect.x), right = min(width, rect.maxX)
        guard left < right else { return }
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            if cells[y * width + left].isContinuation { clearWide(at: left, y: y) }
            if right < width, cells[y * width + right].isContinuation { self[right, y] = Cell(" ", style: self[right, y].style) }
            cells.replaceSubrange((y * width + left)..<(y * width + right), with: layer.cells[(y * width + left)..<(y * width + right)])
        }
        silentCuts += layer.silentCuts
    }

    /// Keeps wide graphemes whole when one half is overwritten.
    private mutating func clearWide(at x: Int, y: Int) {
        let cell = self[x, y]
        if cell.isContinuation, x > 0 { self[x - 1, y] = Cell(" ", style: self[x - 1, y].style) }
        if x + 1 < width, self[x + 1, y].isContinuation, !cell.isContinuation {
            self[x + 1, y] = Cell(" ", style: self[x + 1, y].style)
        }
    }

    /// The frame as text, one line per row, trailing spaces removed.
    public var text: String {
        var lines: [String] = []
        lines.reserveCapacity(height)
        for y in 0..<height {
            var line = ""
            for x in 0..<width { line += self[x, y].text }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Where each style runs, as a theme draws it: one line per row that is not plain,
    /// e.g. `7: 12-44 bold+reverse`. Golden files use it to show what colour or, in
    /// monochrome, which attributes carry the meaning.
    public func styleRuns(_ theme: Theme) -> String {
        func describe(_ role: StyleRole) -> String {
            let look = theme.look(role)
            var parts: [String] = []
            if look.foreground != .default { parts.append("fg=\(look.foreground)") }
            if look.background != .default { parts.append("bg=\(look.background)") }
            if look.bold { parts.append("bold") }
            if look.dim { parts.append("dim") }
            if look.reverse { parts.append("reverse") }
            if look.underline { parts.append("underline") }
            return parts.joined(separator: "+")
        }
        var lines: [String] = []
        for y in 0..<height {
            var runs: [String] = []
            var x = 0
            while x < width {
                let look = describe(self[x, y].style)
                var end = x + 1
                while end < width, describe(self[end, y].style) == look { end += 1 }
                if !look.isEmpty { runs.append("\(x)-\(end - 1) \(look)") }
                x = end
            }
            if !runs.isEmpty { lines.append("\(y): " + runs.joined(separator: ", ")) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func == (a: Frame, b: Frame) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells && a.cursorX == b.cursorX && a.cursorY == b.cursorY
    }
}
