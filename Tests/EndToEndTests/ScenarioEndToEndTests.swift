import Foundation
import Testing

/// Starting from a region scenario with the real binary.
@Suite(.serialized) struct ScenarioEndToEndTests {
    @Test func agrifoodCapitalShowsItsActorsOnTheBoard() throws {
        let tmux = try TmuxSession(["new", "--scenario", "agrifood-capital"])
        try tmux.waitFor("Werkplaats Agrifood Capital")
        try tmux.keys("4")
        try tmux.waitFor("[ Bord ]")
        let screen = try tmux.screen()
        for name in ["HAS green academy", "Rabobank", "Agrifood Capital", "Gemeente 's-Hertog"] {
            #expect(screen.contains(name), "\(name) is not on the board:\n\(screen)")
        }
        #expect(screen.contains("Actoren 8 · relaties 6"))
        try tmux.keys("p")
        try tmux.waitFor("Uit te nodigen: wethouder Economie")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
    }
}
