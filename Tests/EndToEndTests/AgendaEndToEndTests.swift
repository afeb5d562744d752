import Foundation
import Testing

/// The countdown in the status bar, with the real binary and the real clock.
@Suite(.serialized) struct AgendaEndToEndTests {
    func remaining(_ screen: String) -> Int? {
        guard let r = screen.range(of: "⏱ ") else { return nil }
        let digits = screen[r.upperBound...].prefix(5)
        let parts = digits.split(separator: ":").compactMap { Int($0) }
        return parts.count == 2 ? parts[0] * 60 + parts[1] : nil
    }

    @Test func theTimerCountsDownInTheStatusBar() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        #expect(try tmux.screen().contains("0/15 min"))
        try tmux.keys("1")
        try tmux.waitFor("⏱ 1")
        let first = try #require(remaining(try tmux.screen()))
        #expect(first <= 15 * 60 && first >= 14 * 60)
        try tmux.waitFor("the countdown to move", timeout: 5) { screen in (self.remaining(screen) ?? first) <= first - 2 }
        try tmux.keys("T")
        try tmux.waitFor("⏸ pauze")
        let paused = try #require(remaining(try tmux.screen()))
        Thread.sleep(forTimeInterval: 2.2)
        #expect(remaining(try tmux.screen()) == paused)
        try tmux.keys("T", "V")
        try tmux.waitFor("five more minutes") { screen in !screen.contains("⏸") && (self.remaining(screen) ?? 0) > paused + 4 * 60 }
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
    }
}
