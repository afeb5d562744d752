import Foundation
import Testing

/// A paste that holds an Escape stays text: the editor stays open, nothing after the
/// Escape runs as a command.
@Suite struct BracketedPasteEndToEndTests {
    @Test func anEscapeInsideAPasteIsNotAKey() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("3", "Tab", "Enter")
        try tmux.waitFor("Esc klaar met typen")
        let file = tmux.home + "/plak.txt"
        try "eerste regel\u{1B}q\u{1B}[Atweede\tregel\n".write(toFile: file, atomically: true, encoding: .utf8)
        try tmux.tmux(["load-buffer", file])
        try tmux.tmux(["paste-buffer", "-p", "-t", "rk"])  // -p: with the paste markers, as a terminal sends them
        try tmux.waitFor("eerste regelq[Atweede regel")
        let screen = try tmux.screen()
        #expect(screen.contains("Esc klaar met typen"), "the editor closed:\n\(screen)")
        #expect(!screen.contains("Stoppen?") && !screen.contains("Afsluiten"), "\(screen)")
        try tmux.keys("Escape")
        try tmux.waitFor("● opgeslagen")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        let session = try #require(tmux.sessionFiles.first)
        let report = try run(routekaartBinary, ["export", session, "--format", "json"])
        #expect(report.stdout.contains("eerste regelq[Atweede regel"), "\(report.stdout.prefix(400))")
    }
}
