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

    /// A phone on loopback as a browser talks: form posts with the room's own Origin, the
    /// cookie kept. `join CODE` prints the cookie; `vote COOKIE` votes in q1 and prints the
    /// status and whether the page says received.
    static let httpPhone = """
        import http.client, sys, urllib.parse
        port, step, arg = int(sys.argv[1]), sys.argv[2], sys.argv[3]
        def post(path, form, cookie=None):
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            h = {"Content-Type": "application/x-www-form-urlencoded", "Origin": "http://127.0.0.1:%d" % port}
            if cookie: h["Cookie"] = "rk=" + cookie
            c.request("POST", path, urllib.parse.urlencode(form), h)
            r = c.getresponse(); r.read(); return r
        def get(path, cookie):
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            c.request("GET", path, headers={"Cookie": "rk=" + cookie}); r = c.getresponse(); return r.status, r.read().decode()
        if step == "join":
            r = post("/join", {"code": arg})
            cookie = r.getheader("Set-Cookie").split(";")[0].split("=", 1)[1]
            post("/claim", {"participant": "p1"}, cookie)
            print(cookie)
        else:
            r = post("/stem", {"question": "q1", "choice": "netwerkend"}, arg)
            status, page = get("/stem", arg)
            print(r.status, "received" if "Ontvangen" in page else page[:300])
        """

    @Test func aPhoneThatJoinedVotesAfterTheProgramWasKilledAndStartedAgain() throws {
        let port = Self.freePort()
        let folder = try makeTemporaryFolder()
        let file = folder + "/zaal.json"
        let first = try TmuxSession(["new", "--scenario", "demo", "-o", file, "--room", "--listen", "127.0.0.1:\(port)"])
        try first.waitFor("De zaal stemt mee")
        let match = try #require(try first.screen().firstMatch(of: /Zaalcode: (\d{3}) (\d{3})/))
        let code = String(match.1) + String(match.2)
        let joined = try run("/usr/bin/env", ["python3", "-c", Self.httpPhone, "\(port)", "join", code])
        let cookie = joined.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(joined.status == 0 && cookie.count == 32, "\(joined.stdout)\(joined.stderr)")
        kill(try first.programPID(), SIGKILL)
        try first.waitForExit()

        let again = try TmuxSession(["open", file, "--room", "--listen", "127.0.0.1:\(port)"], home: first.home)
        try again.waitFor("De zaal stemt mee")
        #expect(try again.screen().contains("Zaalcode: \(match.1) \(match.2)"))  // the same code
        try again.keys("Escape", "5", "n", "Enter")
        try again.waitFor("open voor de zaal · 0 van 5 gestemd")
        let vote = try run("/usr/bin/env", ["python3", "-c", Self.httpPhone, "\(port)", "vote", cookie])
        #expect(vote.stdout.hasPrefix("303 received"), "\(vote.stdout)\(vote.stderr)")
        try again.waitFor("1 van 5 gestemd")
        try again.keys("q", "Enter")
        try again.waitForExit()
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        #expect(saved.contains(#""device" : true"#) && saved.contains(#""voter" : "p1""#))
    }
}
