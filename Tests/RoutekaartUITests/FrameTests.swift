import PropertyBased
import Testing
@testable import RoutekaartUI

@Suite struct FrameTests {
    @Test func widthsOfGraphemes() {
        #expect(TextWidth.of("a") == 1)
        #expect(TextWidth.of("ë") == 1)
        #expect(TextWidth.of("e\u{0301}") == 1)  // e + combining acute
        #expect(TextWidth.of("中") == 2)
        #expect(TextWidth.of("🎉") == 2)
        #expect(TextWidth.of("👩‍👩‍👧") == 2)
        #expect(TextWidth.of("\u{7}") == 0)
        #expect(TextWidth.of("שלום") == 4)
        #expect(TextWidth.of("Zoë 中文") == 8)
    }

    @Test func truncationNeverSplitsAGrapheme() {
        #expect(TextWidth.truncate("中文中文", to: 4) == "中…")
        #expect(TextWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(TextWidth.truncate("abc", to: 3) == "abc")
        #expect(TextWidth.truncate("abc", to: 0) == "")
        for w in 1...9 { #expect(TextWidth.of(TextWidth.truncate("Zoë 中文 🎉 e\u{0301}x", to: w)) <= w) }
    }

    @Test func wrappingKeepsWordsAndLines() {
        #expect(TextWidth.wrap("een twee drie", width: 8) == ["een twee", "drie"])
        #expect(TextWidth.wrap("a\n\nb", width: 5) == ["a", "", "b"])
        #expect(TextWidth.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWidth.wrap("中文中文中", width: 4) == ["中文", "中文", "中"])
    }

    @Test func aWideGraphemeTakesTwoCellsAndIsNeverCut() {
        var frame = Frame(width: 5, height: 1)
        #expect(frame.put("a中b中", x: 0, y: 0) == 4)
        #expect(frame.text == "a中b\n")
        #expect(frame[2, 0].isContinuation)
        frame.put("x", x: 2, y: 0)  // overwrites the right half
        #expect(frame.text == "a xb\n")
    }

    @Test func textStopsAtTheClip() {
        var frame = Frame(width: 10, height: 2)
        frame.put("abcdefghijkl", x: 2, y: 1, clip: Rect(x: 0, y: 0, width: 6, height: 2))
        frame.put("outside", x: 0, y: 5)
        #expect(frame.text == "\n  abcd\n")
    }

    @Test func monochromeUsesNoColourAndStillTellsRolesApart() {
        let mono = Theme.mono
        #expect(!mono.usesColor)
        for role in StyleRole.allCases {
            #expect(mono.look(role).foreground == .default && mono.look(role).background == .default, "\(role)")
        }
        let selected = mono.look(.selected), normal = mono.look(.normal)
        #expect(selected != normal)
        #expect(mono.look(.done) != mono.look(.busy))
        #expect(mono.look(.busy) != mono.look(.skipped))
    }

    @Test func theKeyBarKeepsHelpAndQuitWhenNarrow() {
        var frame = Frame(width: 30, height: 1)
        let hints = (1...8).map { KeyHint("k\($0)", .init(nl: "iets lang \($0)", en: "x"), priority: 5) }
            + [KeyHint("?", .init(nl: "help", en: "help"), priority: 0), KeyHint("q", .init(nl: "stoppen", en: "quit"), priority: 0)]
        KeyBar.draw(hints, language: .nl, in: frame.bounds, into: &frame)
        #expect(frame.text.contains("? help"))
        #expect(frame.text.contains("q stoppen"))
    }

    @Test func theStatusBarTakesTheShortTitleOnlyWhenTheLongOneDoesNotFit() {
        func line(_ width: Int) -> String {
            var frame = Frame(width: width, height: 1)
            StatusBar.draw(title: "demo · echte sessie: routekaart new", shortTitle: "demo", location: "Routekaart", clock: "09:01",
                           save: ("● opgeslagen 09:01:12", .done), in: frame.bounds, into: &frame)
            return frame.text
        }
        #expect(line(120).hasPrefix(" routekaart │ demo · echte sessie: routekaart new │ Routekaart "))
        #expect(line(80).hasPrefix(" routekaart │ demo │ Routekaart "))
    }

    @Test func theNotesEditorMovesByScreenRows() {
        var editor = TextEditor("een twee drie vier")
        _ = editor.handle(.home, width: 10, height: 3)
        _ = editor.handle(.down, width: 10, height: 3)
        _ = editor.handle(.char("X"), width: 10, height: 3)
        #expect(editor.text == "een twee Xdrie vier")
        _ = editor.handle(.end, width: 10, height: 3)
        _ = editor.handle(.enter, width: 10, height: 3)
        _ = editor.handle(.char("ë"), width: 10, height: 3)
        _ = editor.handle(.left, width: 10, height: 3)
        _ = editor.handle(.backspace, width: 10, height: 3)
        #expect(editor.text == "een twee Xdrie vierë")
    }

    @Test func aTextCutByItsClipIsRecorded() {
        var frame = Frame(width: 10, height: 1)
        frame.put("abcdef", x: 0, y: 0, clip: Rect(x: 0, y: 0, width: 3, height: 1))
        frame.put("xy   ", x: 5, y: 0, clip: Rect(x: 5, y: 0, width: 2, height: 1))
        frame.put("lang verhaal", x: 0, y: 0, width: 6)
        #expect(frame.silentCuts == ["abcdef"], "only text lost without an ellipsis counts")
    }

    /// Scalars the fast paths treat as a cell each, and some that they must not.
    static let pieces: [String] = ["a", "Z", " ", "ë", "ï", "é", "ñ", "ß", "–", "—", "“", "”", "…", "•", "€", "→", "│", "─", "┌",
                                   "▸", "○", "●", "▮", "\u{AD}", "\u{301}", "\u{200D}", "\u{FE0F}", "\u{25FD}", "中", "🎉", "👩", "\u{7}", "\t"]

    @Test func everyScalarTheFastPathsTakeIsOneCell() {
        for range in [0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2190...0x21FF, 0x2500...0x25FF] {
            for v in range {
                let scalar = Unicode.Scalar(UInt32(v))!
                if TextWidth.isNarrowStandalone(scalar.value) {
                    #expect(TextWidth.of(Character(scalar)) == 1, "U+\(String(v, radix: 16))")
                }
            }
        }
        #expect(!TextWidth.isNarrowStandalone(0xAD) && !TextWidth.isNarrowStandalone(0x301) && !TextWidth.isNarrowStandalone(0x25FD))
    }

    @Test func theFastPathsMeasureAndPutAsGraphemesDo() async {
        await propertyCheck(count: 400, input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 0...30), Gen.int(in: 0...12)) { picks, x in
            let text = picks.map { Self.pieces[$0] }.joined()
            #expect(TextWidth.of(text) == text.reduce(0) { $0 + TextWidth.of($1) }, "\(text.unicodeScalars.map(\.value))")
            var fast = Frame(width: 24, height: 1)
            var slow = fast
            let clip = Rect(x: 2, y: 0, width: 18, height: 1)
            let used = fast.put(text, x: x, y: 0, style: .accent, clip: clip)
            let usedSlow = slow.putGraphemes(text, x: x, y: 0, style: .accent, area: clip, limit: clip.maxX)
            #expect(used == usedSlow && fast == slow && fast.silentCuts == slow.silentCuts, "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func pasteCopiesTheRectAndNeverLeavesHalfAWideGrapheme() {
        var frame = Frame(width: 10, height: 3)
        frame.put("a中b", x: 0, y: 0)   // 中 at 1–2: the rect's left edge (2) cuts it
        frame.put("xy🎉z", x: 3, y: 1)  // 🎉 at 5–6: the rect's right edge (6) cuts it
        var layer = Frame(width: 10, height: 3)
        layer.put("LAYER", x: 2, y: 0)
        frame.paste(Rect(x: 2, y: 0, width: 4, height: 2), of: layer)
        #expect(frame.text == "a LAYE\n       z\n\n")
        #expect(frame[1, 0] == Cell(" ") && frame[6, 1] == Cell(" "))
    }

    @Test func aCellKeepsEveryGraphemeWhole() {
        let texts = ["", " ", "a", "ë", "中", "🎉", "e\u{301}", "👩‍👩‍👧‍👦", "🏳️‍🌈", String(repeating: "x", count: 15),
                     String(repeating: "y", count: 16), "a" + String(repeating: "\u{301}", count: 9)]
        for text in texts {
            #expect(Array(Cell(text).text.utf8) == Array(text.utf8), "\(text.unicodeScalars.map(\.value))")
        }
        #expect(Cell("").isContinuation && !Cell(" ").isContinuation)
        #expect(Cell("👩‍👩‍👧‍👦") == Cell("👩‍👩‍👧‍👦") && Cell("👩‍👩‍👧‍👦") != Cell("👩‍👩‍👧"))
        #expect(Cell("é") != Cell("e\u{301}"), "two spellings stay two: the terminal gets the bytes it was given")
        #expect(Cell(Unicode.Scalar(0xEB)!, style: .normal) == Cell("ë") && Cell("a", style: .accent) != Cell("a"))
        #expect(Cell("a").asciiByte == 97 && Cell(" ").asciiByte == 32 && Cell("ë").asciiByte == nil && Cell("").asciiByte == nil)
    }
}
