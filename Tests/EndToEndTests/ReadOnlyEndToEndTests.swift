import Foundation
import Testing

/// A session opened read-only (its journal damaged) says so when the program ends, and
/// neither its file nor its journal changes.
@Suite struct ReadOnlyEndToEndTests {
    @Test func quittingAReadOnlySessionDoesNotSayItWasSaved() throws {
        let path = try makeDemoSession()
        try Data("kapot\nook kapot\n".utf8).write(to: URL(fileURLWithPath: path + ".journal"))
        let session = try Data(contentsOf: URL(fileURLWithPath: path))

        let tmux = try TmuxSession(["open", path])
        try tmux.waitFor("alleen-lezen")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        let screen = try tmux.screen()
        #expect(screen.contains("Alleen gelezen, niets opgeslagen: " + path.prefix(40)), "\(screen)")
        #expect(!screen.contains("Sessie opgeslagen"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == session)
        #expect(try String(contentsOfFile: path + ".journal", encoding: .utf8) == "kapot\nook kapot\n")
    }

    /// A file the facilitator made read-only (chmod 400) opens read-only and stays 0400,
    /// byte for byte.
    @Test func aReadOnlyFileStaysReadOnly() throws {
        let path = try makeDemoSession()
        chmod(path, 0o400)
        let session = try Data(contentsOf: URL(fileURLWithPath: path))

        let tmux = try TmuxSession(["open", path])
        try tmux.waitFor("het bestand is alleen-lezen")
        try tmux.keys("x")  // a change is refused, not kept in memory only
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        #expect(try tmux.screen().contains("Alleen gelezen, niets opgeslagen"))
        let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
        #expect(mode == 0o400)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == session)
    }
}
