import Foundation
import Testing

/// The room with the real binary under tmux and a real browser: headless Chromium joins
/// on loopback, chooses a name and votes; the projected screen and the session file show it.
@Suite(.serialized) struct RoomEndToEndTests {
    static let phoneScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/phone.py").path

    /// A free port on loopback, as the kernel hands one out.
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    @Test func aPhoneInChromiumVotesAndTheScreenAndTheFileShowIt() throws {
        let port = Self.freePort()
        let folder = try makeTemporaryFolder()
        let file = folder + "/zaal.json"
        let tmux = try TmuxSession(["new", "--scenario", "demo", "-o", file, "--room", "--listen", "127.0.0.1:\(port)"])
        try tmux.waitFor("De zaal stemt mee")
        let screen = try tmux.screen()
        #expect(screen.contains("http://127.0.0.1:\(port)") && screen.contains("0 telefoons verbonden"))
        let match = try #require(screen.firstMatch(of: /Zaalcode: (\d{3}) (\d{3})/))
        let code = String(match.1) + String(match.2)
        // The facilitator opens a single-choice round on wegwijzer 5.
        try tmux.keys("Escape", "5", "n", "Enter")
        try tmux.waitFor("Stemmen")

        let phone = try run("/usr/bin/env", ["python3", Self.phoneScript, "--url", "http://127.0.0.1:\(port)/", "--code", code,
                                                 "--name", "Fatma Yılmaz", "--choice", "netwerkend"])
        #expect(phone.status == 0, "the phone said: \(phone.stdout)\(phone.stderr)")
        #expect(phone.stdout.contains("voted netwerkend and the page says received"))
        try tmux.waitFor("nu: 1 stem · 100 %")
        #expect(try tmux.screen().contains("▣ zaal 1"))
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        #expect(saved.contains(#""device" : true"#) && saved.contains(#""voter" : "p5""#))
    }
}
