import Foundation
import Testing

/// Wegwijzers 5 and 6 with the real binary: the whole voting sequence, then quit and reopen.
@Suite(.serialized) struct QuadrantEndToEndTests {
    /// While the laptop goes round, the key bar shows the voter only the voting keys, and
    /// q does not end the workshop in a participant's hands.
    @Test func theLaptopGoingRoundShowsOnlyTheVotingKeys() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("5", "n")
        try tmux.waitFor("Nieuwe stemronde")
        try tmux.keys("Enter")
        try tmux.waitFor("Ronde q1: nu")
        try tmux.keys("Escape", "R")
        try tmux.waitFor("De laptop gaat rond")
        let keyBar = try tmux.screen().split(separator: "\n").last.map(String.init) ?? ""
        #expect(keyBar.contains("1–4 stem") && keyBar.contains("Esc terug naar begeleider"), "\(keyBar)")
        #expect(!keyBar.contains("q stoppen") && !keyBar.contains("? help") && !keyBar.contains("u "), "\(keyBar)")
        try tmux.keys("q", "1")
        try tmux.waitFor("Stem ontvangen")
        #expect(try tmux.value("pane_dead") == "0")
        try tmux.keys("Escape")
        try tmux.waitFor("q stoppen")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
    }

    @Test func votingEmphasisVerbindAndLegitimacySurviveQuitAndReopen() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("p")
        try tmux.waitFor("Deelnemers (5)")
        try tmux.keys("Escape", "5")
        try tmux.waitFor("[ Stemmen ]")

        // A blind "nu" round, one choice each: Tab Tab Tab Tab to "Blind", → to "ja".
        try tmux.keys("n")
        try tmux.waitFor("Nieuwe stemronde")
        try tmux.keys("Tab", "Tab", "Tab", "Tab", "Right", "Enter")
        try tmux.waitFor("Ronde q1: nu")
        for digit in ["1", "1", "2", "1", "3"] { try tmux.keys(digit) }
        try tmux.waitFor("stemmen: 5")
        #expect(try tmux.screen().contains("verborgen tot onthullen"))
        try tmux.keys("v")
        try tmux.waitFor("nu: 3 stemmen · 60 %")

        // A "gewenst" round with three dots each.
        try tmux.keys("n")
        try tmux.waitFor("Nieuwe stemronde")
        try tmux.keys("Tab", "Right", "Enter")
        try tmux.waitFor("Ronde q2: gewenst")
        for ballot in ["222", "224", "122", "234", "222"] { try tmux.type(ballot) }
        try tmux.waitFor("stemmen: 5")
        try tmux.waitFor("the shift") { $0.contains("nu 20 % → gewenst 73 % ▲53") && $0.contains("◆ meeste") }

        // The emphasis (the form starts on the "gewenst" leader) and three answers.
        try tmux.keys("k")
        try tmux.waitFor("Nadruk kiezen")
        try tmux.keys("Tab")
        try tmux.type("Er gebeurt al veel in de regio")
        try tmux.keys("Enter", "Tab")
        try tmux.waitFor("Gekozen nadruk: N  Netwerkende overheid")
        for (i, answer) in ["Plaatsingen meten per kwartaal", "Jaarverslag aan de raden", "Ruimte voor werkgeversinitiatieven"].enumerated() {
            if i > 0 { try tmux.keys("Down") }
            try tmux.keys("Enter")
            try tmux.waitFor("Antwoord")
            try tmux.type(answer)
            try tmux.keys("Enter")
            try tmux.waitFor(answer)
        }

        // Wegwijzer 6: take over the first suggestion.
        try tmux.keys("6")
        try tmux.waitFor("Suggesties bij de nadruk Netwerkende overheid")
        try tmux.keys("Enter")
        try tmux.waitFor("Afspraken over verantwoording (1)")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)

        let file = try #require(tmux.sessionFiles.first)
        let reopened = try TmuxSession(["open", file], home: tmux.home)
        try reopened.waitFor("Afspraken over verantwoording (1)")
        #expect(try reopened.screen().contains("Wat de samenwerkin"))
        try reopened.keys("5")
        try reopened.waitFor("nu 20 % → gewenst 73 % ▲53")
        try reopened.keys("Tab")
        try reopened.waitFor("Gekozen nadruk: N  Netwerkende overheid")
        let screen = try reopened.screen()
        for answer in ["Plaatsingen meten per kwartaal", "Jaarverslag aan de raden", "Ruimte voor werkgeversinitiatieven"] {
            #expect(screen.contains(answer), "\(answer)")
        }
        #expect(screen.contains("Er gebeurt al veel in de regio"))
        try reopened.keys("q", "j")
        try reopened.waitForExit()
    }
}
