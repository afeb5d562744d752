import Synchronization

/// Display width in terminal cells: CJK and most emoji take two cells, combining marks none.
public enum TextWidth {
    /// Cells that `character` occupies (0, 1 or 2).
    public static func of(_ character: Character) -> Int {
        if character.isASCII {
            return character.asciiValue.map { $0 >= 0x20 && $0 < 0x7F ? 1 : 0 } ?? 0
        }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if first.properties.isEmojiPresentation { return 2 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
            return 0
        default:
            return isWide(first.value) ? 2 : 1
        }
    }

    /// Cells that `text` occupies.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }  // a cell a byte, no graphemes to find
        if isNarrowScalars(text) { return text.unicodeScalars.count }
        var total = 0
        for c in text { total += of(c) }
        return total
    }

    /// True when every byte is a printable ASCII character (each one cell wide).
    static func isPrintableASCII<S: StringProtocol>(_ text: S) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// True when every scalar is printable, one cell wide and a grapheme of its own: ASCII,
    /// Latin letters with their accents (ë, ï, é), dashes, quotes, the euro sign, arrows,
    /// box drawing and simple shapes. Such text is measured and put a scalar a cell, with
    /// no graphemes to find. A combining mark, an emoji or a wide letter makes it false.
    static func isNarrowScalars<S: StringProtocol>(_ text: S) -> Bool {
        text.unicodeScalars.allSatisfy { isNarrowStandalone($0.value) }
    }

    /// Scalars that take one cell and never join a neighbour into one grapheme. Left out:
    /// controls, the soft hyphen and other format characters, combining marks, and the two
    /// squares in this range that are shown as emoji (U+25FD, U+25FE).
    static func isNarrowStandalone(_ v: UInt32) -> Bool {
        switch v {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0,
             0x2190...0x21FF, 0x2500...0x25FC:
            return true
        default:
            return false
        }
    }

    /// East Asian Wide and Fullwidth ranges.
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `text` cut to at most `width` cells, ending in "…" when it was cut. Never splits a grapheme.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        // No character takes more cells than its UTF-8 bytes: short text fits unmeasured.
        if text.utf8.count <= width || of(text) <= width { return text }
        var out = ""
        var used = 0
        for c in text {
            let w = of(c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }

    /// Word-wraps `text` to lines of at most `width` cells; long words are broken. A frame
    /// wraps mostly the texts the frame before wrapped, so the lines are kept, by text and
    /// width (at most `wrapsKept` of them).
    public static func wrap(_ text: String, width: Int) -> [String] {
        let key = WrapKey(text: text, width: width)
        if let lines = wraps.withLock({ $0[key] }) { return lines }
        let lines = wrapAnew(text, width: width)
        wraps.withLock { kept in
            if kept.count >= wrapsKept { kept.removeAll(keepingCapacity: true) }
            kept[key] = lines
        }
        return lines
    }

    static let wrapsKept = 2048
    private struct WrapKey: Hashable {
        let text: String
        let width: Int
    }
    private static let wraps = Mutex<[WrapKey: [String]]>([:])

    static func wrapAnew(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var w = of(word)
                if lineWidth > 0 && lineWidth + 1 + w <= width {
                    line += " " + word
                    lineWidth += 1 + w
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                while w > width {
                    var head = ""
                    var hw = 0
                    var rest = Substring(word)
                    while let c = rest.first, hw + of(c) <= width {
                        head.append(c)
                        hw += of(c)
                        rest = rest.dropFirst()
                    }
                    if head.isEmpty, let c = rest.first {  // a character wider than the line
                        head.append(c)
                        rest = rest.dropFirst()
                    }
                    lines.append(head)
                    word = String(rest)
                    w = of(word)
                }
                line = word
                lineWidth = w
            }
            lines.append(line)
        }
        return lines
    }

    /// `text` padded with spaces to `width` cells (or truncated to it).
    public static func pad(_ text: String, to width: Int) -> String {
        let t = truncate(text, to: width)
        return t + String(repeating: " ", count: max(0, width - of(t)))
    }
}
