import Foundation
import Testing

/// Wegwijzer 4 with the real binary: actors, relations, moves, the analysis, and a board
/// that looks the same after reopening.
@Suite(.serialized) struct NetworkEndToEndTests {
    /// The analysis panel as one line of text (its lines are wrapped at the panel's width).
    func panel(_ tmux: TmuxSession) throws -> String {
        try tmux.screen().split(separator: "\n").compactMap { $0.split(separator: "│").last.map(String.init) }.joined(separator: " ")
    }

    /// Rows between the status bar (which has the clock) and the key bar.
    func body(_ tmux: TmuxSession) throws -> [Substring] {
        Array(try tmux.screen().split(separator: "\n", omittingEmptySubsequences: false).dropFirst().prefix(38))
    }

    func select(_ tmux: TmuxSession, _ name: String) throws {
        try tmux.keys("/")
        try tmux.type(name)
        try tmux.keys("Enter")
    }

    @Test func buildTheNetworkMoveTokensAndReopen() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("4")
        try tmux.waitFor("[ Bord ]")

        // Name, presses to the right from "anders" to the kind, own municipality.
        let actors: [(String, Int, Bool)] = [("Gemeente Zwolle", 1, true), ("Techniek IJsseldelta", 5, false), ("ROC Deltion", 8, false),
                                             ("UWV Regio", 4, false), ("FNV", 7, false), ("Windesheim", 9, false)]
        for (n, actor) in actors.enumerated() {
            try tmux.keys("a")
            try tmux.waitFor("Actor toevoegen")
            try tmux.type(actor.0)
            try tmux.keys("Tab")
            for _ in 0..<actor.1 { try tmux.keys("Right") }
            if actor.2 { try tmux.keys("Tab", "Right") }
            try tmux.keys("Enter")
            try tmux.waitFor("Actoren \(n + 1) · relaties 0")
        }
        #expect(try panel(tmux).contains("✗ Niet aan tafel: burgers"))

        let relations = [("Gemeente", "Techniek"), ("Gemeente", "ROC"), ("Gemeente", "UWV"), ("UWV", "FNV"), ("Techniek", "ROC")]
        for (n, pair) in relations.enumerated() {
            try select(tmux, pair.0)
            try tmux.keys("l")
            try tmux.waitFor("Relatie van")
            try tmux.type(pair.1)
            try tmux.keys("Enter")
            try tmux.waitFor("Nieuwe relatie")
            try tmux.keys("Enter")
            try tmux.waitFor("Actoren 6 · relaties \(n + 1)")
        }
        var text = try panel(tmux)
        #expect(text.contains("○ Zonder relatie: Windesheim"), "\(text)")
        #expect(text.contains("⇄ Bruggen: 1. Gemeente Zwolle"), "\(text)")
        #expect(text.contains("✗ Niet aan tafel: burgers"), "\(text)")

        // Windesheim joins through UWV: nobody is isolated, and UWV becomes the top bridge.
        try select(tmux, "Windesheim")
        try tmux.keys("l")
        try tmux.waitFor("Relatie van")
        try tmux.type("UWV")
        try tmux.keys("Enter")
        try tmux.waitFor("Nieuwe relatie")
        try tmux.keys("Enter")
        try tmux.waitFor("Actoren 6 · relaties 6")
        text = try panel(tmux)
        #expect(!text.contains("Zonder relatie"), "\(text)")
        #expect(text.contains("⇄ Bruggen: 1. UWV Regio"), "\(text)")

        // Two tokens moved by hand.
        try select(tmux, "Windesheim")
        try tmux.keys("Left", "Left", "Left", "K")
        try select(tmux, "FNV")
        try tmux.keys("J", "Right")
        try tmux.waitFor("FNV · werknemersorganisatie · ring")
        try select(tmux, "Gemeente")
        try tmux.waitFor("▸ Gemeente Zwolle · gemeente")
        let before = try body(tmux)

        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)
        let file = try #require(tmux.sessionFiles.first)
        let reopened = try TmuxSession(["open", file], home: tmux.home)
        try reopened.waitFor("▸ Gemeente Zwolle · gemeente")
        let after = try body(reopened)
        #expect(after == before, "the board differs after reopening:\n\(after.joined(separator: "\n"))")
        try reopened.keys("q", "j")
        try reopened.waitForExit()
    }
}
