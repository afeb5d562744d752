import Foundation
import Testing

/// The three faults that changed what the room decided without a word, replayed with the
/// real binary: digits walking the route, dots on a re-sorting agenda, the voter pointer.
@Suite(.serialized) struct SafeKeysEndToEndTests {
    func events(_ file: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return json["events"] as? [[String: Any]] ?? []
    }

    @Test func walkingTheRouteWithDigitsRecordsNoScore() throws {
        let file = try makeTemporaryFolder() + "/weefsel.json"
        let tmux = try TmuxSession(["new", "--scenario", "demo", "-o", file])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("7", "n", "Enter")
        try tmux.waitFor("SCOREN — Esc stopt")
        try tmux.type(String(repeating: "3", count: 14))  // Anouk's row: all 3
        try tmux.waitFor(" = 3")  // the echo of the last cell
        try tmux.keys("Escape")
        try tmux.waitFor("Enter scores invoeren")
        // The repro: on wegwijzer 7, the digits 1 … 0 to walk the route.
        for digit in ["7", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0"] { try tmux.keys(digit) }
        try tmux.waitFor("10. Geef het voorbeeld")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        let scores = try events(file).filter { $0["type"] as? String == "weefselScoreGiven" }
        #expect(scores.count == 14)
        #expect(scores.allSatisfy { ($0["data"] as? [String: Any])?["value"] as? Int == 3 })
    }

    @Test func dotsGoToTheSelectedPointWhileTheAgendaReSorts() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("2")
        for name in ["Aap", "Beer", "Cavia"] {
            try tmux.keys("g")
            try tmux.waitFor("Agendapunt toevoegen")
            try tmux.type(name)
            try tmux.keys("Enter")
            _ = try tmux.waitFor(name)
        }
        // Cavia, just added, is selected; four dots.
        try tmux.keys("+", "+", "+", "+")
        // Waits for the whole list (a capture may catch a frame half drawn), then reads it once more.
        func ranked(_ screen: String) -> Bool {
            let rows = screen.split(separator: "\n")
            return rows.contains { $0.contains("1. Cavia") && $0.hasSuffix(" 4") && $0.contains(" ●●●● ") }  // one ● per dot
                && rows.contains { $0.contains("2. Aap") && $0.hasSuffix(" 0") }  // 0 dots each, sharing a rank
                && rows.contains { $0.contains("2. Beer") && $0.hasSuffix(" 0") }
        }
        _ = try tmux.waitFor("Cavia first with all four dots, Aap and Beer sharing second", ranked)
        #expect(ranked(try tmux.screen()))
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
    }

    @Test func aBlindRoundTakesOneVoteEachAndSaysWhenEveryoneHasVoted() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        // Demo, 5, n: a blind round (the fifth field of the form).
        try tmux.keys("5", "n", "Tab", "Tab", "Tab", "Tab", "Right", "Enter")
        try tmux.waitFor("STEMMEN — Esc stopt")
        for digit in ["1", "2", "3", "4", "1"] { try tmux.keys(digit) }
        try tmux.waitFor("Iedereen heeft gestemd")
        try tmux.keys("2")
        try tmux.waitFor("kies met < > wie zijn stem wijzigt")
        try tmux.keys("v")
        try tmux.waitFor("nu: 2 stemmen · 40 %")
        let screen = try tmux.screen()
        #expect(screen.contains("stemmen: 5"))
        // Presterend keeps Anouk's and Fatma's votes: the extra 2 for Fatma was refused.
        let lines = screen.split(separator: "\n")
        let presterend = try #require(lines.firstIndex { $0.contains("1 P  Presterende overheid") })
        #expect(lines[presterend + 1].contains("nu: 2 stemmen · 40 %"), "\(lines[presterend + 1])")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
    }
}
