import PropertyBased
import RoutekaartTerminal
import RoutekaartUI
import Testing

/// The bytes `FrameEncoder` makes, played on a model of a terminal: whatever was shown
/// before, the screen must end up showing the frame, cell for cell and style for style.
struct FrameEncoderTests {
    /// Styles as `ESC [ n z`, so the model can tell them apart; the rest as xterm has them.
    static let codes = TerminalCodes(
        moveTo: { TerminalCodes.ansiMove($0, $1, &$2) }, clearScreen: Array("\u{1B}[H\u{1B}[2J".utf8), clearsToNormal: true,
        clearToEndOfRow: Array("\u{1B}[K".utf8), styles: StyleRole.allCases.map { Array("\u{1B}[\($0.rawValue)z".utf8) },
        hideCursor: Array("\u{1B}[?25l".utf8), showCursor: Array("\u{1B}[?25h".utf8), bell: [7], writesLastCell: true)

    static let pieces = ["a", "word", " ", "   ", "ë", "é", "─│┌", "▸", "€", "中文", "🎉", "e\u{301}", "👩‍👩‍👧‍👦", "x"]

    /// A 16×5 frame from numbers taken four at a time: a piece of text, a column, a row, a style.
    static func frame(_ numbers: [Int]) -> Frame {
        var frame = Frame(width: 16, height: 5)
        for i in stride(from: 0, to: numbers.count - 3, by: 4) {
            frame.put(pieces[numbers[i] % pieces.count], x: numbers[i + 1] % 16, y: numbers[i + 2] % 5,
                      style: StyleRole.allCases[numbers[i + 3] % StyleRole.allCases.count])
        }
        return frame
    }

    static let puts = Gen.int(in: 0...1000).array(of: 0...96)

    /// Plays `before` and then `after` as `codes` encode them on a model of a terminal,
    /// which must show each frame in turn; the same frame again must send nothing.
    static func playsRight(_ codes: TerminalCodes, before: [Int], after: [Int]) {
        var encoder = FrameEncoder(codes: codes)
        var screen = ScreenModel(width: 16, height: 5, blankLooks: codes.blankLooks)
        let old = frame(before)
        let new = frame(after)
        screen.play(encoder.encode(old, over: nil))
        #expect(screen.mismatch(old) == nil, "\(screen.mismatch(old) ?? "")")
        screen.play(encoder.encode(new, over: old))
        #expect(screen.mismatch(new) == nil, "\(screen.mismatch(new) ?? "")")
        #expect(encoder.encode(new, over: new).isEmpty, "the same frame again sends nothing")
    }

    @Test func anyFrameOverAnyOtherLeavesTheScreenShowingIt() async {
        await propertyCheck(count: 300, input: Self.puts, Self.puts) { Self.playsRight(Self.codes, before: $0, after: $1) }
    }

    /// Terminal codes where the styles fall in three groups whose spaces look alike.
    static let sharedBlanks = {
        var codes = Self.codes
        codes.blankLooks = StyleRole.allCases.map { Int($0.rawValue) % 3 }
        return codes
    }()

    @Test func withSpacesThatLookAlikeAnyFrameOverAnyOtherStillShowsRight() async {
        await propertyCheck(count: 300, input: Self.puts, Self.puts) { Self.playsRight(Self.sharedBlanks, before: $0, after: $1) }
    }

    @Test func aSpaceIsWrittenInTheSelectedStyleWhenItLooksTheSameInIt() {
        var encoder = FrameEncoder(codes: Self.sharedBlanks)
        var frame = Frame(width: 20, height: 1)
        let dot = StyleRole.allCases[1], alike = StyleRole.allCases[4], other = StyleRole.allCases[2]
        frame.put("· ·", x: 0, y: 0, style: dot)
        frame.put(" ", x: 1, y: 0, style: alike)
        frame.put(" ·", x: 3, y: 0, style: other)
        let bytes = String(decoding: encoder.encode(frame, over: nil), as: UTF8.self)
        #expect(bytes.hasSuffix("\u{1B}[1z· ·\u{1B}[2z ·"), "\(bytes)")
    }

    @Test func aOneRowChangeSendsThatRowOnly() {
        var encoder = FrameEncoder(codes: Self.codes)
        var before = Frame(width: 40, height: 10)
        before.put("Laat de feiten spreken", x: 2, y: 3)
        before.put("Definieer samen de opgave", x: 2, y: 4, style: .selected)
        _ = encoder.encode(before, over: nil)
        var after = before
        after.put("Laat de feiten spreken", x: 2, y: 3, style: .selected)
        let bytes = String(decoding: encoder.encode(after, over: before), as: UTF8.self)
        #expect(bytes == "\u{1B}[4;3H\u{1B}[5zLaat de feiten spreken")
    }

    @Test func aRowThatEndsBlankIsClearedToItsEnd() {
        var encoder = FrameEncoder(codes: Self.codes)
        var before = Frame(width: 40, height: 2)
        before.put("Vind wat verbindt", x: 0, y: 1)
        _ = encoder.encode(before, over: nil)
        var after = Frame(width: 40, height: 2)
        after.put("Vind", x: 0, y: 1)
        let bytes = String(decoding: encoder.encode(after, over: before), as: UTF8.self)
        #expect(bytes == "\u{1B}[2;6H\u{1B}[0z\u{1B}[K", "the space after the word was there already")
    }

    @Test func theCursorIsHiddenShownAndPlaced() {
        var encoder = FrameEncoder(codes: Self.codes)
        var frame = Frame(width: 10, height: 2)
        #expect(String(decoding: encoder.encode(frame, over: nil), as: UTF8.self) == "\u{1B}[?25l\u{1B}[0z\u{1B}[H\u{1B}[2J")
        var typing = frame
        typing.cursor = (3, 1)
        #expect(String(decoding: encoder.encode(typing, over: frame), as: UTF8.self) == "\u{1B}[2;4H\u{1B}[?25h")
        frame.bell = true
        #expect(String(decoding: encoder.encode(frame, over: typing), as: UTF8.self) == "\u{1B}[?25l\u{07}")
    }

    @Test func theBottomRightCellIsLeftAloneWhereWritingItWouldScroll() {
        var codes = Self.codes
        codes.writesLastCell = false
        var encoder = FrameEncoder(codes: codes)
        var frame = Frame(width: 4, height: 2)
        frame.put("abcd", x: 0, y: 1)
        let bytes = String(decoding: encoder.encode(frame, over: nil), as: UTF8.self)
        #expect(bytes.hasSuffix("abc"), "\(bytes)")
    }

    @Test func aRepaintClearsAndSendsEveryCell() {
        var encoder = FrameEncoder(codes: Self.codes)
        var frame = Frame(width: 10, height: 2)
        frame.put("Reflecteer", x: 0, y: 0)
        _ = encoder.encode(frame, over: nil)
        frame.repaint = true
        #expect(String(decoding: encoder.encode(frame, over: frame), as: UTF8.self) == "\u{1B}[0z\u{1B}[H\u{1B}[2JReflecteer")
    }
}

/// A terminal as far as the encoder uses one: moves, clears, styles `ESC [ n z`, text that
/// takes as many cells as `TextWidth` says. Writing past the right edge is recorded: the
/// encoder must never let a row wrap.
struct ScreenModel {
    let width: Int
    let height: Int
    var cells: [(text: String, role: Int)]
    var x = 0
    var y = 0
    var role = 0
    var faults: [String] = []
    /// Per style, how a space in it looks; spaces whose styles share a number count as equal.
    let blankLooks: [Int]

    init(width: Int, height: Int, blankLooks: [Int] = Array(StyleRole.allCases.indices)) {
        self.width = width
        self.height = height
        self.blankLooks = blankLooks
        cells = Array(repeating: (" ", 0), count: width * height)
    }

    mutating func play(_ bytes: [UInt8]) {
        var i = 0
        var text: [UInt8] = []
        func flush() {
            for character in String(decoding: text, as: UTF8.self) { put(character) }
            text.removeAll()
        }
        while i < bytes.count {
            guard bytes[i] == 0x1B else {
                if bytes[i] != 7 { text.append(bytes[i]) }
                i += 1
                continue
            }
            flush()
            var j = i + 2
            while j < bytes.count, !(0x40...0x7E).contains(bytes[j]) { j += 1 }
            let parameters = String(decoding: bytes[(i + 2)..<j], as: UTF8.self)
            let numbers = parameters.split(separator: ";").compactMap { Int($0) }
            switch bytes[j] {
            case UInt8(ascii: "H"):
                y = (numbers.first ?? 1) - 1
                x = (numbers.count > 1 ? numbers[1] : 1) - 1
            case UInt8(ascii: "J"):
                if role != 0 { faults.append("cleared in style \(role)") }
                cells = Array(repeating: (" ", 0), count: width * height)
            case UInt8(ascii: "K"):
                if role != 0 { faults.append("cleared a row in style \(role)") }
                for cx in x..<width { cells[y * width + cx] = (" ", 0) }
            case UInt8(ascii: "z"):
                role = numbers.first ?? 0
            default:
                break  // the cursor shown or hidden
            }
            i = j + 1
        }
        flush()
    }

    mutating func put(_ character: Character) {
        let w = TextWidth.of(character)
        guard w > 0 else { return }
        guard x + w <= width, y < height else {
            faults.append("\"\(character)\" written past the edge at (\(x), \(y))")
            return
        }
        // Writing over half of a wide grapheme blanks its other half, as terminals do.
        if cells[y * width + x].text.isEmpty, x > 0 { cells[y * width + x - 1] = (" ", 0) }
        if x + w < width, cells[y * width + x + w].text.isEmpty { cells[y * width + x + w] = (" ", 0) }
        cells[y * width + x] = (String(character), role)
        if w == 2 { cells[y * width + x + 1] = ("", role) }
        x += w
    }

    /// The first cell that differs from `frame`, described; nil when the screen shows it.
    func mismatch(_ frame: Frame) -> String? {
        if let fault = faults.first { return fault }
        for cy in 0..<height {
            for cx in 0..<width {
                let want = frame[cx, cy]
                let have = cells[cy * width + cx]
                let wantRole = Int(want.style.rawValue)
                let sameLook = have.role == wantRole || want.text == " " && blankLooks[have.role] == blankLooks[wantRole]
                if want.isContinuation ? !have.text.isEmpty : (have.text != want.text || !sameLook) {
                    return "(\(cx), \(cy)): shows \"\(have.text)\" in \(have.role), the frame has \"\(want.text)\" in \(want.style.rawValue)"
                }
            }
        }
        return nil
    }
}
