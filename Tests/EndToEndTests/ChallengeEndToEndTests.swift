import Foundation
import Testing

/// Wegwijzer 2 with the real binary: interests, the shared challenge and the dot-voted
/// agenda entered, quit, reopened in the same order.
@Suite(.serialized) struct ChallengeEndToEndTests {
    @Test func interestsChallengeAndRankedAgendaSurviveQuitAndReopen() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("2")
        try tmux.waitFor("[ Opgave en agenda ]")
        try tmux.keys("a")
        try tmux.waitFor("Belang van een partij")
        try tmux.type("UWV Regio")
        try tmux.keys("Tab")
        try tmux.type("mensen naar werk")
        try tmux.keys("Enter")
        try tmux.waitFor("UWV Regio: mensen naar werk")
        try tmux.keys("o")
        try tmux.waitFor("De gedeelde opgave")
        try tmux.type("Vraag en aanbod vinden elkaar")
        try tmux.keys("Enter")
        try tmux.keys("g")
        try tmux.waitFor("Agendapunt toevoegen")
        try tmux.type("Leerbanen in de zorg")
        try tmux.keys("Enter")
        try tmux.waitFor("1. Leerbanen in de zorg")
        try tmux.keys("g")
        try tmux.waitFor("Agendapunt toevoegen")
        try tmux.type("Eén loket")
        try tmux.keys("Enter")
        // No dots yet: both share the first place.
        try tmux.waitFor("1. Eén loket")
        // Three dots for the newest point move it to the top.
        try tmux.keys("+", "+", "+")
        try tmux.waitFor("2. Leerbanen in de zorg")
        let live = try tmux.screen()
        #expect(live.contains("1. Eén loket"))
        #expect(live.contains("Vraag en aanbod vinden elkaar"))
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        let file = try #require(tmux.sessionFiles.first)
        let reopened = try TmuxSession(["open", file], home: tmux.home)
        try reopened.waitFor("1. Eén loket")
        let screen = try reopened.screen()
        #expect(screen.contains("2. Leerbanen in de zorg"))
        #expect(screen.contains("UWV Regio: mensen naar werk"))
        #expect(screen.contains("Vraag en aanbod vinden elkaar"))
        try reopened.keys("q", "j")
        try reopened.waitForExit()
    }
}
