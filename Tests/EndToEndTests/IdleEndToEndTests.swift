import Foundation
import Testing

/// The real program asleep: no wake-ups while nothing can change, one a second while a
/// countdown runs (and the projected countdown does move), and Ctrl-Z is undo, not a
/// suspended program with a shell on the projector.
@Suite(.serialized) struct IdleEndToEndTests {
    /// Voluntary context switches of the run loop's thread (the main one, in
    /// `/proc/PID/status`): each sleep that ends is one. Threads that write a fold or sync
    /// the journal come and go with the work, so they are not counted.
    func wakeUps(_ pid: Int32) -> Int {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("voluntary_ctxt_switches") } ?? ""
        return line.split(separator: "\t").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 0
    }

    @Test func theRouteMapSleepsAndACountdownWakesOnceASecond() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        let pid = try tmux.programPID()
        usleep(600_000)
        let before = wakeUps(pid)
        usleep(3_000_000)
        let idle = wakeUps(pid) - before
        #expect(idle <= 1, "\(idle) wake-ups in 3 s on an idle route map (the clock's minute may be one)")

        try tmux.keys("1")  // 15 minutes on the agenda: the countdown runs
        try tmux.waitFor("⏱ 14:5", timeout: 5)
        usleep(600_000)
        let first = try tmux.screen()
        let counting = wakeUps(pid)
        usleep(3_000_000)
        let ticking = wakeUps(pid) - counting
        #expect((2...5).contains(ticking), "\(ticking) wake-ups in 3 s with a countdown")
        #expect(try tmux.screen() != first, "the countdown did not move")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)
    }

    @Test func ctrlZIsUndoNotASuspendedProgram() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("x")  // wegwijzer 1 done
        try tmux.waitFor("1 klaar", timeout: 3)
        try tmux.keys("C-z")
        try tmux.waitFor("0 klaar", timeout: 3)
        #expect(try tmux.value("pane_dead") == "0")
        let pid = try tmux.programPID()
        let state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8))?.split(separator: " ")[2]
        #expect(state != "T", "the program was stopped")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)
    }
}
