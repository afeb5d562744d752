import Foundation
import Testing

/// Wegwijzer 8 with the real binary: entered, quit, reopened.
@Suite(.serialized) struct ConnectionsEndToEndTests {
    @Test func differencesAndMessagesSurviveQuitAndReopen() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("8")
        try tmux.waitFor("[ Verschillen en verbinding ]")
        try tmux.keys("a")
        try tmux.waitFor("Toevoegen")
        try tmux.type("Bedrijven willen snel, gemeenten per begrotingsjaar")
        try tmux.keys("Tab", "Right", "Enter")
        try tmux.waitFor("tempo: Bedrijven willen snel")
        try tmux.keys("a")
        try tmux.waitFor("Toevoegen")
        try tmux.type("Dit levert leerbanen op")
        try tmux.keys("Tab", "Right", "Right", "Right", "Right", "Tab")
        try tmux.type("ondernemersvereniging")
        try tmux.keys("Enter")
        try tmux.waitFor("ondernemersvereniging: Dit levert leerbanen op")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        let file = try #require(tmux.sessionFiles.first)
        let reopened = try TmuxSession(["open", file], home: tmux.home)
        try reopened.waitFor("ondernemersvereniging: Dit levert leerbanen op")
        #expect(try reopened.screen().contains("tempo: Bedrijven willen snel"))
        try reopened.keys("q", "j")
        try reopened.waitForExit()
    }
}
