import Foundation
import Testing

/// Ctrl-S is a key like any other while full-screen: it does not freeze the screen, and
/// the program keeps answering keys and signals.
@Suite(.serialized) struct FlowControlEndToEndTests {
    @Test func ctrlSDoesNotFreezeTheScreen() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("C-s")
        try tmux.keys("p")
        try tmux.waitFor("Deelnemers (5)", timeout: 3)
        try tmux.keys("4")
        try tmux.waitFor("4. Ken het netwerk", timeout: 3)
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)
    }

    /// Ctrl-\ is not SIGQUIT while full-screen: no backtrace over the projected screen,
    /// the workshop goes on.
    @Test func ctrlBackslashIsAKeyNotAQuit() throws {
        let tmux = try TmuxSession([])
        try tmux.waitFor("Laat de feiten spreken")
        try tmux.keys("C-\\")
        try tmux.keys("p")
        try tmux.waitFor("Deelnemers (5)", timeout: 3)
        #expect(try tmux.value("pane_dead") == "0")
        #expect(try !tmux.screen().contains("Backtrace") && !tmux.screen().contains("Press space"))
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)
    }
}
