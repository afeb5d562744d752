import Foundation
import Testing

/// Wegwijzer 9 with the real binary: entered, quit, reopened.
@Suite(.serialized) struct ReflectionEndToEndTests {
    @Test func lookingBackSurvivesQuitAndReopen() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("9")
        try tmux.waitFor("[ Terugblik ]")
        try tmux.keys("a")
        try tmux.waitFor("Opmerking toevoegen")
        try tmux.type("Eerst de feiten, dan de opgave")
        try tmux.keys("Tab", "Right", "Right", "Enter")
        try tmux.waitFor("Wat we leren (1)")
        try tmux.keys("l")
        try tmux.waitFor("Leiderschap dat nu past")
        try tmux.keys("Tab")
        try tmux.type("gelijkwaardig maar wantrouwig")
        try tmux.keys("Enter")
        try tmux.waitFor("Leiderschap dat nu past: bemiddelend — gelijkwaardig maar wantrouwig")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        let file = try #require(tmux.sessionFiles.first)
        let reopened = try TmuxSession(["open", file], home: tmux.home)
        try reopened.waitFor("Eerst de feiten, dan de opgave")
        #expect(try reopened.screen().contains("Leiderschap dat nu past: bemiddelend"))
        try reopened.keys("q", "j")
        try reopened.waitForExit()
    }
}
