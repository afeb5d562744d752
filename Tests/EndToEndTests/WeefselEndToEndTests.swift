import Foundation
import Testing

/// Wegwijzer 7 with the real binary: scoring, the split, notes, the flag, and the
/// comparison with an earlier session of the same region.
@Suite(.serialized) struct WeefselEndToEndTests {
    /// Starts a demo-based session, leaves four participants and scores all indicators.
    func scoredSession(title: String, rows: [String], home: String? = nil) throws -> TmuxSession {
        let tmux = try TmuxSession(["new", "--scenario", "demo", "--title", title], home: home)
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("p", "End", "d")
        try tmux.waitFor("Deelnemer verwijderen?")
        try tmux.keys("j")
        try tmux.waitFor("Deelnemers (4)")
        try tmux.keys("7")
        try tmux.waitFor("[ Scores ]")
        try tmux.keys("n")
        try tmux.waitFor("Nieuwe scoreronde")
        try tmux.keys("Enter")
        try tmux.waitFor("Scoreronde w1")
        for row in rows { try tmux.type(row) }
        try tmux.waitFor("4 van 4 gestemd")
        return tmux
    }

    @Test func scoresNotesFlagAndComparison() throws {
        let earlier = try scoredSession(title: "Werkplaats maart", rows: Array(repeating: "33333333" + "555555", count: 4))
        try earlier.keys("q", "Enter")
        try earlier.waitForExit()
        #expect(try earlier.exitStatus() == 0)

        // Vertrouwen (W1) is split on purpose: 1, 5, 1, 5.
        let rows = ["43344334" + "155444", "44333443" + "544444", "54433344" + "145334", "43343434" + "550444"]
        let tmux = try scoredSession(title: "Werkplaats november", rows: rows, home: earlier.home)
        try tmux.keys("Tab")
        try tmux.waitFor("[ Uitslag ]")
        let result = try tmux.screen()
        let vertrouwen = try #require(result.split(separator: "\n").first { $0.contains("Vertrouwen") })
        #expect(vertrouwen.contains("≠ verdeeld"), "\(vertrouwen)")
        let solidariteit = try #require(result.split(separator: "\n").first { $0.contains("Solidariteit") })
        #expect(!solidariteit.contains("≠ verdeeld"), "\(solidariteit)")

        try tmux.keys("Tab")
        try tmux.waitFor("[ Per element ]")
        try tmux.keys("Down", "Down", "Enter")
        try tmux.waitFor("Wat gaat goed")
        try tmux.type("Korte lijnen tussen wethouders")
        try tmux.keys("Tab")
        try tmux.type("Oude netwerken doorbreken")
        try tmux.keys("Tab")
        try tmux.type("Wethouder Economie")
        try tmux.keys("Enter")
        try tmux.waitFor("Korte lijnen tussen wethouders")
        try tmux.keys("Down", "Enter")
        try tmux.waitFor("Zo is het")
        try tmux.keys("Right", "Tab")
        try tmux.type("Steeds dezelfde partners aan tafel")
        try tmux.keys("Enter")
        try tmux.waitFor("Weefsel wijst de verkeerde kant op: ⚑ ja")

        try tmux.keys("BTab")
        try tmux.waitFor("[ Uitslag ]")
        try tmux.keys("h")
        try tmux.waitFor("Vergelijk met een eerdere sessie")
        #expect(try tmux.screen().contains("Werkplaats maart"))
        try tmux.keys("Enter")
        try tmux.waitFor("vergeleken met Werkplaats maart")
        let compared = try tmux.screen()
        #expect(compared.contains("↑ +"), "\(compared)")
        #expect(compared.contains("↓ −"), "\(compared)")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()

        // The same comparison from the command line, after reopening.
        let files = tmux.sessionFiles
        #expect(files.count == 2)
        let march = try #require(files.first { (try? String(contentsOfFile: $0, encoding: .utf8))?.contains("Werkplaats maart") == true })
        let november = try #require(files.first { $0 != march })
        let reopened = try TmuxSession(["open", november, "--compare", march], home: tmux.home)
        try reopened.waitFor("[ Scores ]")
        try reopened.keys("Tab")
        try reopened.waitFor("vergeleken met Werkplaats maart")
        #expect(try reopened.screen().contains("↓ −"))
        try reopened.keys("Tab")
        try reopened.waitFor("Korte lijnen tussen wethouders")
        #expect(try reopened.screen().contains("Weefsel wijst de verkeerde kant op: ⚑ ja"))
        try reopened.keys("q", "j")
        try reopened.waitForExit()
    }
}
