/// Letters five rows high, drawn with blocks, for the projector view: a word in them reads
/// from the back of the room. Knows A–Z, 0–9 and common punctuation; accents are dropped
/// (ë is drawn as E). Text with any other character is not drawn big at all, so the caller
/// can fall back to ordinary text.
public enum BigText {
    public static let height = 5

    /// The width of `text` in columns, one empty column between letters; nil when a
    /// character has no big form.
    public static func width(_ text: String) -> Int? {
        var total = 0
        for c in normalised(text) {
            guard let g = glyphs[c] else { return nil }
            total += g[0].count + 1
        }
        return max(0, total - 1)
    }

    /// `text` broken at spaces into lines no wider than `width`; nil when a word alone is
    /// too wide or a character has no big form.
    public static func lines(_ text: String, width: Int) -> [String]? {
        var lines: [String] = []
        var current = ""
        for word in normalised(text).split(separator: " ").map(String.init) {
            guard let w = Self.width(word), w <= width else { return nil }
            let joined = current.isEmpty ? word : current + " " + word
            if let jw = Self.width(joined), jw <= width {
                current = joined
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Draws `text` centred in `area`, broken into lines of big letters one row apart.
    /// Returns the rows used, or nil (drawing nothing) when it does not fit.
    @discardableResult
    public static func drawCentred(_ text: String, in area: Rect, style: StyleRole, into frame: inout Frame) -> Int? {
        guard let lines = lines(text, width: area.width), !lines.isEmpty else { return nil }
        let rows = lines.count * (height + 1) - 1
        guard rows <= area.height else { return nil }
        for (i, line) in lines.enumerated() {
            let w = width(line) ?? 0
            draw(line, x: area.x + (area.width - w) / 2, y: area.y + i * (height + 1), style: style, into: &frame)
        }
        return rows
    }

    /// Draws one line of big letters with its top-left corner at (x, y).
    public static func draw(_ line: String, x: Int, y: Int, style: StyleRole, into frame: inout Frame) {
        var left = x
        for c in normalised(line) {
            guard let glyph = glyphs[c] else { continue }
            for (dy, row) in glyph.enumerated() {
                for (dx, bit) in row.enumerated() where bit == "#" {
                    frame.putGlyph("█", x: left + dx, y: y + dy, style: style, clip: frame.bounds)
                }
            }
            left += glyph[0].count + 1
        }
    }

    /// Upper case without accents: "Zoë" → "ZOE".
    static func normalised(_ text: String) -> String {
        String(text.uppercased().map { c in folded[c] ?? c })
    }

    static let folded: [Character: Character] = {
        var map: [Character: Character] = [:]
        for (base, variants) in [("A", "ÀÁÂÃÄÅ"), ("E", "ÈÉÊË"), ("I", "ÌÍÎÏ"), ("O", "ÒÓÔÕÖØ"), ("U", "ÙÚÛÜ"), ("C", "Ç"), ("N", "Ñ"), ("Y", "ÝŸ")] {
            for v in variants { map[v] = Character(base) }
        }
        map["’"] = "'"
        map["–"] = "-"
        map["—"] = "-"
        return map
    }()

    static let glyphs: [Character: [String]] = [
        "A": [" ### ", "#   #", "#####", "#   #", "#   #"],
        "B": ["#### ", "#   #", "#### ", "#   #", "#### "],
        "C": [" ####", "#    ", "#    ", "#    ", " ####"],
        "D": ["#### ", "#   #", "#   #", "#   #", "#### "],
        "E": ["#####", "#    ", "#### ", "#    ", "#####"],
        "F": ["#####", "#    ", "#### ", "#    ", "#    "],
        "G": [" ####", "#    ", "#  ##", "#   #", " ####"],
        "H": ["#   #", "#   #", "#####", "#   #", "#   #"],
        "I": ["#####", "  #  ", "  #  ", "  #  ", "#####"],
        "J": ["#####", "   # ", "   # ", "#  # ", " ##  "],
        "K": ["#   #", "#  # ", "###  ", "#  # ", "#   #"],
        "L": ["#    ", "#    ", "#    ", "#    ", "#####"],
        "M": ["#   #", "## ##", "# # #", "#   #", "#   #"],
        "N": ["#   #", "##  #", "# # #", "#  ##", "#   #"],
        "O": [" ### ", "#   #", "#   #", "#   #", " ### "],
        "P": ["#### ", "#   #", "#### ", "#    ", "#    "],
        "Q": [" ### ", "#   #", "# # #", "#  # ", " ## #"],
        "R": ["#### ", "#   #", "#### ", "#  # ", "#   #"],
        "S": [" ####", "#    ", " ### ", "    #", "#### "],
        "T": ["#####", "  #  ", "  #  ", "  #  ", "  #  "],
        "U": ["#   #", "#   #", "#   #", "#   #", " ### "],
        "V": ["#   #", "#   #", "#   #", " # # ", "  #  "],
        "W": ["#   #", "#   #", "# # #", "## ##", "#   #"],
        "X": ["#   #", " # # ", "  #  ", " # # ", "#   #"],
        "Y": ["#   #", " # # ", "  #  ", "  #  ", "  #  "],
        "Z": ["#####", "   # ", "  #  ", " #   ", "#####"],
        "0": [" ### ", "#  ##", "# # #", "##  #", " ### "],
        "1": ["  #  ", " ##  ", "  #  ", "  #  ", " ### "],
        "2": [" ### ", "#   #", "  ## ", " #   ", "#####"],
        "3": ["#### ", "    #", " ### ", "    #", "#### "],
        "4": ["#   #", "#   #", "#####", "    #", "    #"],
        "5": ["#####", "#    ", "#### ", "    #", "#### "],
        "6": [" ### ", "#    ", "#### ", "#   #", " ### "],
        "7": ["#####", "    #", "   # ", "  #  ", "  #  "],
        "8": [" ### ", "#   #", " ### ", "#   #", " ### "],
        "9": [" ### ", "#   #", " ####", "    #", " ### "],
        "%": ["##  #", "## # ", "  #  ", " # ##", "#  ##"],
        ".": ["  ", "  ", "  ", "  ", "# "],
        ",": ["  ", "  ", "  ", "# ", "# "],
        ":": ["  ", "# ", "  ", "# ", "  "],
        "-": ["    ", "    ", "####", "    ", "    "],
        "!": ["# ", "# ", "# ", "  ", "# "],
        "?": [" ### ", "#   #", "  ## ", "     ", "  #  "],
        "/": ["    #", "   # ", "  #  ", " #   ", "#    "],
        "&": [" ##  ", "#  # ", " ## #", "#  # ", " ## #"],
        "'": ["# ", "# ", "  ", "  ", "  "],
        "(": [" #", "# ", "# ", "# ", " #"],
        ")": ["# ", " #", " #", " #", "# "],
        "+": ["     ", "  #  ", "#####", "  #  ", "     "],
        "→": ["     ", "   # ", "#####", "   # ", "     "],
        "▲": ["     ", "  #  ", " ### ", "#####", "     "],
        "▼": ["     ", "#####", " ### ", "  #  ", "     "],
        " ": ["  ", "  ", "  ", "  ", "  "],
    ]
}
