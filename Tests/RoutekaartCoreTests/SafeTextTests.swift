import RoutekaartCore
import Testing

/// `SafeText`: the one place that makes user text safe for a terminal and the reports.
@Suite struct SafeTextTests {
    static let samples = ["\u{1B}]0;titel\u{07}", "a\r\nb\rc\u{85}d\u{2028}e\u{2029}f", "\u{202E}gpj.exe", "\u{2066}x\u{2069}", "nul\u{0}bs\u{8}del\u{7F}c1\u{9B}",
                          "tab\there", "Zoë — 60 %", ""]

    @Test(arguments: samples) func theResultIsSafeAndStaysTheSame(_ text: String) {
        let multi = SafeText.multiline(text), line = SafeText.line(text)
        #expect(SafeText.isSafe(multi) && SafeText.isSafe(line))
        #expect(SafeText.multiline(multi) == multi && SafeText.line(line) == line)
        #expect(!line.contains("\n") && !line.contains("\t"))
    }

    @Test func lineBreaksFoldIntoNewlineAndControlsGo() {
        #expect(SafeText.multiline("a\r\nb\rc\u{85}d\u{2028}e\u{2029}f") == "a\nb\nc\nd\ne\nf")
        #expect(SafeText.multiline("\u{1B}[2Jweg\u{0}") == "[2Jweg")
        #expect(SafeText.multiline("\u{202E}gpj.exe") == "gpj.exe")
        #expect(SafeText.line("één\ntwee\tdrie") == "één twee drie")
        #expect(SafeText.multiline("Zoë — 60 %") == "Zoë — 60 %")
    }
}
