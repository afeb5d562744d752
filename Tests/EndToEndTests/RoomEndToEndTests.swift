import Foundation
import Testing
import RoutekaartRoom

/// The room with the real binary under tmux and a real browser: headless Chromium joins
/// on loopback, chooses a name and votes; the projected screen and the session file show it.
@Suite(.serialized) struct RoomEndToEndTests {
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts")
    static let phoneScript = scripts.appendingPathComponent("phone.py").path

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

    /// A demo session in a new folder, made with the room open on a free loopback port:
    /// the program, the session file, the port and the code on its screen.
    static func demoWithRoom() throws -> (tmux: TmuxSession, file: String, port: Int, code: String) {
        let port = freePort()
        let file = try makeTemporaryFolder() + "/zaal.json"
        let tmux = try TmuxSession(["new", "--scenario", "demo", "-o", file, "--room", "--listen", "127.0.0.1:\(port)"])
        try tmux.waitFor("De zaal stemt mee")
        let match = try #require(try tmux.screen().firstMatch(of: /Zaalcode: (\d{3}) (\d{3})/))
        return (tmux, file, port, String(match.1) + String(match.2))
    }

    @Test func aPhoneInChromiumVotesAndTheScreenAndTheFileShowIt() throws {
        let (tmux, file, port, code) = try Self.demoWithRoom()
        let screen = try tmux.screen()
        #expect(screen.contains("http://127.0.0.1:\(port)") && screen.contains("0 telefoons verbonden"))
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
    /// cookie kept. `join CODE [PARTICIPANT]` speaks for p1 (or PARTICIPANT) and prints the
    /// cookie; `vote COOKIE [CHOICE]` votes in q1, then loads the page as the browser does;
    /// `page COOKIE` loads it. Both print the status and what the page says: "received",
    /// "not saved", or the page's start.
    static let httpPhone = """
        import http.client, sys, urllib.parse
        port, step, arg = int(sys.argv[1]), sys.argv[2], sys.argv[3]
        extra = sys.argv[4] if len(sys.argv) > 4 else None
        def verdict(page):
            return "received" if "Ontvangen" in page else "not saved" if "Nog niet bewaard" in page else page[:300]
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
            post("/claim", {"participant": extra or "p1"}, cookie)
            print(cookie)
        elif step == "vote":
            r = post("/stem", {"question": "q1", "choice": extra or "netwerkend"}, arg)
            status, page = get("/stem", arg)
            print(r.status, verdict(page))
        else:
            status, page = get("/stem", arg)
            print(status, verdict(page))
        """

    /// Under a limit of 1,024 open files, one joined phone opens 1,100 live streams: it
    /// holds a few, the rest get 503 (or are closed at once past the room's cap of
    /// connections), none is left hanging, and the program, its screen, its saving and the
    /// other phones go on — a change, a quit that folds the session, a second phone's page.
    @Test func onePhoneCannotTakeTheProgramsDescriptors() throws {
        let port = Self.freePort()
        let file = try makeTemporaryFolder() + "/zaal.json"
        let tmux = try TmuxSession(["new", "--scenario", "demo", "-o", file, "--room", "--listen", "127.0.0.1:\(port)"], limits: ["--nofile=1024:1024"])
        try tmux.waitFor("De zaal stemt mee")
        let match = try #require(try tmux.screen().firstMatch(of: /Zaalcode: (\d{3}) (\d{3})/))
        let code = String(match.1) + String(match.2)
        let cookie = try run("/usr/bin/env", ["python3", "-c", Self.httpPhone, "\(port)", "join", code]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let streams = try run("/usr/bin/env", ["python3", "-c", """
            import asyncio, collections, sys
            port, cookie = int(sys.argv[1]), sys.argv[2]
            async def stream(held):
                try:
                    r, w = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 10)
                    w.write(("GET /events HTTP/1.1\\r\\nHost: 127.0.0.1:%d\\r\\nCookie: rk=%s\\r\\n\\r\\n" % (port, cookie)).encode())
                    head = await asyncio.wait_for(r.readuntil(b"\\r\\n"), 10)
                    held.append(w)
                    return head.split()[1].decode()
                except asyncio.TimeoutError:
                    return "no answer"
                except Exception:
                    return "closed"  # past the room's cap of connections: closed at once
            async def main():
                held = []
                answers = await asyncio.gather(*(stream(held) for _ in range(1100)))
                counts = collections.Counter(answers)
                print(counts["200"], counts["503"] + counts["closed"], counts["no answer"])
                await asyncio.sleep(1)
                for w in held: w.close()
            asyncio.run(asyncio.wait_for(main(), 60))
            """, "\(port)", cookie])
        // A few held, the rest refused with 503 or closed at once; none left without an answer.
        #expect(streams.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "\(Room.streamsPerPhone) \(1100 - Room.streamsPerPhone) 0", "\(streams.stdout)\(streams.stderr)")
        #expect(try tmux.value("pane_dead") == "0")
        // The workshop goes on: another phone, a change, a quit that folds the session.
        let other = try run("/usr/bin/env", ["python3", "-c", Self.httpPhone, "\(port)", "join", code, "p2"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try run("/usr/bin/env", ["python3", "-c", Self.httpPhone, "\(port)", "page", other]).stdout.hasPrefix("200"))
        try tmux.keys("Escape", "3")
        try tmux.waitFor("Wegwijzer 3/10")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)
        let check = try run(routekaartBinary, ["check", file])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func aPhoneThatJoinedVotesAfterTheProgramWasKilledAndStartedAgain() throws {
        let (first, file, port, code) = try Self.demoWithRoom()
        let joined = try run("/usr/bin/env", ["python3", "-c", Self.httpPhone, "\(port)", "join", code])
        let cookie = joined.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(joined.status == 0 && cookie.count == 32, "\(joined.stdout)\(joined.stderr)")
        kill(try first.programPID(), SIGKILL)
        try first.waitForExit()

        let again = try TmuxSession(["open", file, "--room", "--listen", "127.0.0.1:\(port)"], home: first.home)
        try again.waitFor("De zaal stemt mee")
        #expect(try again.screen().contains("Zaalcode: \(code.prefix(3)) \(code.suffix(3))"))  // the same code
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

    /// Five phones in Chromium vote one by one while the facilitator looks elsewhere: the
    /// participants, wegwijzer 3 (a digit), the projector, and back. Every vote counts, no
    /// key on the laptop changed one, and each page shows the later votes in its live part.
    @Test func fivePhonesVoteWhileTheFacilitatorGoesToOtherScreens() throws {
        let (tmux, file, port, code) = try Self.demoWithRoom()
        let steps = (file as NSString).deletingLastPathComponent + "/steps"
        try FileManager.default.createDirectory(atPath: steps, withIntermediateDirectories: true)
        try tmux.keys("Escape", "5", "n", "Enter")
        try tmux.waitFor("open voor de zaal · 0 van 5 gestemd")

        let votes: [(String, String)] = [("Anouk de Vries", "netwerkend"), ("Noël Jansen", "presterend"), ("Chloë Bakker", "rechtmatig"),
                     ("Sander Mulder", "responsief"), ("Fatma Yılmaz", "netwerkend")]
        let phones = Process()
        phones.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        var arguments: [String] = ["python3", Self.scripts.appendingPathComponent("phones.py").path, "--url", "http://127.0.0.1:\(port)/", "--code", code, "--steps", steps]
        for (name, choice) in votes { arguments += ["--phone", name + "=" + choice] }
        phones.arguments = arguments
        phones.standardInput = FileHandle.nullDevice
        phones.standardOutput = FileHandle.nullDevice
        phones.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try phones.run()
        defer { if phones.isRunning { phones.terminate() } }
        try waitForStep("ready", in: steps, timeout: 90)

        // Between two votes the laptop goes somewhere else; each vote shows in the status bar there
        // (the projector view of wegwijzer 3 has none).
        let elsewhere: [(keys: [String], shows: String)] = [([], "Stemmen"), (["p"], "Deelnemers"), (["3"], "Wegwijzer 3/10"),
                                                            (["P"], "3. Denk domeinoverschrijdend"), (["Escape", "5"], "Stemmen")]
        for (n, step) in elsewhere.enumerated() {
            for key in step.keys { try tmux.keys(key) }
            try tmux.waitFor(step.shows)
            FileManager.default.createFile(atPath: steps + "/go-\(n)", contents: Data())
            try waitForStep("voted-\(n)", in: steps, timeout: 30)
            if step.keys != ["P"] { try tmux.waitFor("\(n + 1)/5") }  // the projector shows no status bar
        }
        try tmux.waitFor("5 van 5 gestemd")
        // Every phone's page learnt of the later votes from its stream, without loading again.
        try waitForStep("live", in: steps, timeout: 30)
        let lives = try String(contentsOfFile: steps + "/live", encoding: .utf8).split(separator: "\n")
        #expect(lives.count == 5 && lives.allSatisfy { $0.contains("5 van 5 gestemd") && $0.hasSuffix("| same page") }, "\(lives)")
        phones.waitUntilExit()
        #expect(phones.terminationStatus == 0)
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()

        // The file holds the five votes, each from a device and as the phone chose it.
        let session = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        let events = try #require(session["events"] as? [[String: Any]])
        let ballots = events.filter { $0["type"] as? String == "quadrantVoteCast" }.compactMap { ($0["data"] as? [String: Any])?["ballot"] as? [String: Any] }
        #expect(ballots.count == 5)
        #expect(ballots.allSatisfy { $0["device"] as? Bool == true })
        let voters: [String] = ballots.map { $0["voter"] as? String ?? "" }
        let choices: [[String]] = ballots.map { ballot in
            let dots = ballot["dots"] as? [String: Int] ?? [:]
            return dots.filter { $0.value > 0 }.keys.sorted()
        }
        let chosen = Array(zip(voters, choices))
        #expect(chosen.map(\.0) == ["p1", "p2", "p3", "p4", "p5"])
        #expect(chosen.map(\.1) == votes.map { [$0.1] })
    }

    /// Waits for the phones' script to write `name` in `folder`; a failure it wrote ends the wait.
    func waitForStep(_ name: String, in folder: String, timeout: Double) throws {
        let start = Date()
        while Date().timeIntervalSince(start) < timeout {
            if FileManager.default.fileExists(atPath: folder + "/" + name) { return }
            if let failed = try? String(contentsOfFile: folder + "/failed", encoding: .utf8) {
                throw TmuxError(message: "the phones failed before \(name): \(failed)")
            }
            usleep(50_000)
        }
        throw TmuxError(message: "no \(name) from the phones within \(timeout) s")
    }
}
