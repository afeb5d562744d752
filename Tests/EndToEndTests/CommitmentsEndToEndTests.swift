import Foundation
import Testing

/// The action list with the real binary: entered, quit, reopened, exported.
@Suite(.serialized) struct CommitmentsEndToEndTests {
    @Test func commitmentsSurviveQuitAndReopenAndReachTheReport() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("0")
        try tmux.waitFor("[ Actielijst ]")
        try tmux.keys("a")
        try tmux.waitFor("Toezegging toevoegen")
        try tmux.type("Anouk de Vries")
        try tmux.keys("Tab")
        try tmux.type("Tien werkervaringsplaatsen bij de gemeente")
        try tmux.keys("Tab")
        try tmux.type("1 maart 2027")
        try tmux.keys("Tab", "Right", "Enter")
        try tmux.waitFor("Actielijst (1)")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        let file = try #require(tmux.sessionFiles.first)
        let reopened = try TmuxSession(["open", file], home: tmux.home)
        try reopened.waitFor("★ Anouk de Vries")
        #expect(try reopened.screen().contains("Tien werkervaringsplaatsen bij de gemeente"))
        try reopened.keys("q", "j")
        try reopened.waitForExit()
        let report = try run(routekaartBinary, ["export", file, "--format", "md"])
        #expect(report.stdout.contains("| Anouk de Vries | Tien werkervaringsplaatsen bij de gemeente | 1 mrt 2027 | ★ |"))
    }
}
