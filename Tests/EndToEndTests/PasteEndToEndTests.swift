import Foundation
import Testing

/// A long paste into a note, as tmux pastes it: taken whole up to the limit, the limit
/// said on screen, the note saved.
@Suite struct PasteEndToEndTests {
    @Test func aHundredKilobytePasteIsTakenAndTheLimitSaid() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("3", "Tab", "Enter")
        try tmux.waitFor("Esc klaar met typen")
        let line = String(repeating: "x", count: 79) + "\n"
        let text = String(repeating: line, count: 102_400 / 80)  // 102,400 bytes
        let file = tmux.home + "/plak.txt"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        try tmux.tmux(["load-buffer", file])
        let start = Date()
        try tmux.tmux(["paste-buffer", "-t", "rk"])
        try tmux.waitFor("De notitie is vol (hoogstens 100.000 tekens)", timeout: 30)
        print("paste of 100 KB under tmux: \(String(format: "%.2f", Date().timeIntervalSince(start))) s to the limit message")
        try tmux.keys("Escape")
        try tmux.waitFor("● opgeslagen")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)
        let session = try #require(tmux.sessionFiles.first)
        let report = try run(routekaartBinary, ["export", session, "--format", "json"])
        #expect(report.stdout.contains(String(repeating: "x", count: 79)))
    }
}
