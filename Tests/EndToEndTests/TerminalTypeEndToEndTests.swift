import Foundation
import Testing

/// A terminal the program cannot draw on is refused before any file is made, so the
/// retry in a proper terminal does not find "bestand bestaat al".
@Suite struct TerminalTypeEndToEndTests {
    @Test(arguments: ["dumb", "geen-bestaand-terminaltype", ""])
    func anUnusableTerminalIsRefusedBeforeAnyFileIsMade(term: String) throws {
        let path = try makeTemporaryFolder() + "/nieuw.json"
        let tmux = try TmuxSession(["new", "--scenario", "demo", "-o", path], term: term)
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 1)
        #expect(try tmux.screen().contains("routekaart: terminaltype '\(term)' is onbekend of kan geen scherm tekenen"))
        #expect(!FileManager.default.fileExists(atPath: path))

        let demo = try TmuxSession([], term: term)
        try demo.waitForExit()
        #expect(try demo.exitStatus() == 1)
        let sessions = (try? FileManager.default.contentsOfDirectory(atPath: demo.home + "/data/routekaart/sessions")) ?? []
        #expect(sessions.isEmpty, "made \(sessions)")
    }
}
