/// Text for HTML and SVG, in the reports and on the room's pages: the five characters that
/// could start markup are escaped, after `SafeText` made it safe to show.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in SafeText.multiline(text) {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Escaped text in which a word longer than 24 characters may break every 12 (`<wbr>`),
    /// so that a long web address or a pasted run of letters wraps on the page instead of
    /// widening the table; shorter words never break.
    public static func wrappable(_ text: String) -> String {
        var out = ""
        var word: [Character] = []
        func flush() {
            if word.count > 24 {
                out += stride(from: 0, to: word.count, by: 12).map { escape(String(word[$0..<min($0 + 12, word.count)])) }.joined(separator: "<wbr>")
            } else {
                out += escape(String(word))
            }
            word.removeAll()
        }
        for c in SafeText.multiline(text) {
            if c.isWhitespace {
                flush()
                out += escape(String(c))
            } else {
                word.append(c)
            }
        }
        flush()
        return out
    }
}
