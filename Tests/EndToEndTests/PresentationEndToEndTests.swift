import Foundation
import Testing

/// The projector view with the real binary on a 100×30 terminal, the size of a 1280×720 projector.
@Suite(.serialized) struct PresentationEndToEndTests {
    @Test func pShowsTheVotesBigAndGivesTheScreenBack() throws {
        let tmux = try TmuxSession([], width: 100, height: 30)
        try tmux.waitFor("Laat de feiten spreken")
        // A single-choice "nu" round: 3 of 5 demo participants for Presterende overheid.
        try tmux.keys("5", "n", "Enter")
        try tmux.waitFor("Stemmen")
        try tmux.keys("1", "1", "2", "1", "3")
        try tmux.keys("P")
        try tmux.waitFor("P of Esc: terug")
        let screen = try tmux.screen()
        #expect(screen.contains("◆ Presterende overheid"))
        #expect(screen.contains("█████"))  // percentages in block letters
        #expect(!screen.contains("? help"))  // no key bar
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count >= 30)
        try tmux.keys("Escape")
        try tmux.waitFor("? help")
        #expect(try tmux.screen().contains("nu: 3 stemmen · 60 %"))
        // The action list projects too, and the session still quits cleanly.
        try tmux.keys("0", "a")
        try tmux.waitFor("Toezegging toevoegen")
        try tmux.type("Zoë")
        try tmux.keys("Tab")
        try tmux.type("Tien leerbanen")
        try tmux.keys("Enter", "P")
        try tmux.waitFor("Zoë — Tien leerbanen")
        #expect(try tmux.screen().contains("█"))
        try tmux.keys("P", "q", "Enter")
        try tmux.waitForExit()
    }
}
