import Foundation
import Testing

/// Keys still queued when the program ends stay with the program: the shell that takes
/// the terminal back does not run them.
@Suite(.serialized) struct TypedAheadEndToEndTests {
    @Test func keysQueuedAtQuitDoNotReachTheShell() throws {
        let home = try makeTemporaryFolder()
        let leaked = home + "/typed-after-exit"
        // What the shell after the program would get: everything waiting on the terminal.
        let tmux = try TmuxSession([], home: home,
                                   afterwards: "stty raw -echo; timeout --foreground -s KILL 1 cat > \(shellQuoted(leaked))")
        try tmux.waitFor("Laat de feiten spreken")
        // One send-keys: the quit, its confirmation and a long paste ending in a command,
        // more than the program reads in one pass, so part of it is still queued at exit.
        try tmux.keys("q", "Enter", String(repeating: "x", count: 6000), "echo INJECTED", "Enter")
        try tmux.waitForExit(timeout: 8)
        #expect(try tmux.exitStatus() == 0)
        let afterExit = try String(contentsOfFile: leaked, encoding: .utf8)
        #expect(afterExit.count == 0, "the shell got \(afterExit.count) characters: \(afterExit.suffix(40).debugDescription)")
    }
}
