import Foundation
import RoutekaartUI
import Testing

/// A hostile terminal: endless resizes, a tiny window, very long and unusual names.
@Suite(.serialized) struct TerminalAbuseTests {
    static var resizes: Int { ProcessInfo.processInfo.environment["ROUTEKAART_LONG"] == "1" ? 1000 : 200 }

    @Test func manyResizesAndATinyTerminal() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        for i in 0..<Self.resizes {
            try tmux.resize(20 + (i * 37) % 160, 5 + (i * 13) % 50)
        }
        try tmux.resize(20, 5)
        try tmux.waitFor("Terminal")
        #expect(try tmux.value("pane_dead") == "0")
        try tmux.resize(120, 40)
        try tmux.waitFor("all titles again") { $0.contains("Geef het voorbeeld") && $0.contains("q stoppen") }
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)
    }

    /// Stopped from outside (SIGSTOP) while the shell sets the terminal back to cooked mode
    /// and writes over the screen, as a job-control shell does, then continued (`fg`,
    /// SIGCONT): the program's mode is back — a key acts at once, without echo or Enter —
    /// and the whole screen is drawn again.
    @Test func afterAStopAndContinueTheTerminalIsTheProgramsAgain() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        let pid = try tmux.programPID(), tty = try tmux.value("pane_tty")
        kill(pid, SIGSTOP)
        _ = try run("/bin/stty", ["-F", tty, "sane"])
        try Data("\u{1B}[H\u{1B}[2Jbash$ prompt of the shell\r\n".utf8).write(to: URL(fileURLWithPath: tty))
        try tmux.waitFor("bash$ prompt")
        kill(pid, SIGCONT)
        try tmux.waitFor("the screen drawn again") { !$0.contains("bash$ prompt") && $0.contains("Laat de feiten spreken") }
        try tmux.keys("p")
        try tmux.waitFor("Deelnemers (5)")  // raw again: the key acted without Enter
        #expect(try !tmux.screen().contains("p\n"))
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)
    }

    @Test func longAndUnusualNamesKeepTheTableAligned() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("p")
        try tmux.waitFor("Deelnemers (5)")
        let names = [String(repeating: "Lang", count: 2_500), "山田太郎 (Tokio)", "Noémie e\u{301}e\u{301}n", "שלום עולם", "Chloë 🎉 Bakker"]
        for name in names {
            try tmux.keys("a")
            try tmux.waitFor("Deelnemer toevoegen")
            try tmux.type(name)
            try tmux.keys("Tab")
            try tmux.type("Organisatie")
            try tmux.keys("Enter")
        }
        try tmux.waitFor("Deelnemers (10)")
        let screen = try tmux.screen()
        #expect(try tmux.value("pane_dead") == "0")
        // Every row of the table puts the helix group in the same column, counted in cells.
        let rows = screen.split(separator: "\n").filter { $0.contains("Organisatie") && ($0.contains("overheid") || $0.contains("anders")) }
        #expect(rows.count == 5, "\(screen)")
        let columns = Set(rows.map { row -> Int in
            let prefix = row[..<(row.range(of: "overheid")?.lowerBound ?? row.range(of: "anders")!.lowerBound)]
            return TextWidth.of(String(prefix))
        })
        #expect(columns.count == 1, "misaligned rows:\n\(rows.joined(separator: "\n"))")
        for line in screen.split(separator: "\n") { #expect(TextWidth.of(String(line)) <= 120, "too wide: \(line)") }
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
    }
}
