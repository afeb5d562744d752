/// User text made safe to show, for every output: the terminal, Markdown, HTML and CSV.
/// Session files arrive from elsewhere, so text read from one may hold anything; here C0 and
/// C1 control characters are dropped, every kind of line break becomes "\n", and the
/// bidirectional overrides and isolates that make "‮gpj.exe" read as "exe.jpg" are removed.
/// The JSON outcome does not use this: it keeps text exact, escaped as JSON does.
public enum SafeText {
    /// Text that may run over several lines: CR, CRLF, NEL, U+2028 and U+2029 become "\n";
    /// a tab stays.
    public static func multiline(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for s in text.unicodeScalars {
            defer { previous = s }
            switch s.value {
            case 0x0A where previous == "\r": continue  // CRLF: the CR already gave the break
            case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: out.append("\n")
            case 0x09: out.append(s)
            default: if !isUnsafe(s) { out.append(s) }
            }
        }
        return String(out)
    }

    /// One line: as `multiline`, then line breaks and tabs become spaces.
    public static func line(_ text: String) -> String {
        String(String.UnicodeScalarView(multiline(text).unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 }))
    }

    /// Whether `text` holds nothing that `multiline` would change.
    public static func isSafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains { isUnsafe($0) || $0 == "\r" || $0.value == 0x85 || $0.value == 0x2028 || $0.value == 0x2029 }
    }

    /// A control character other than tab and line feed, or a bidirectional override or isolate.
    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
