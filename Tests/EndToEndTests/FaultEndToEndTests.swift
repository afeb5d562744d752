import Foundation
import Testing

/// A full disk during a workshop, with the real binary on a 64 KiB tmpfs.
@Suite(.serialized) struct FaultEndToEndTests {
    /// Mounts a small tmpfs; nil where mounting is not allowed (then the test says so).
    func tinyDisk(kilobytes: Int = 64) throws -> String? {
        let mountPoint = try makeTemporaryFolder()
        let result = try run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", mountPoint])
        return result.status == 0 ? mountPoint : nil
    }

    /// The phones' votes in the session file and its journal, as they are on disk: voter → choices.
    func votesOnDisk(_ file: String) throws -> [String: [String]] {
        var events = (try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])?["events"] as? [[String: Any]] ?? []
        if let journal = try? String(contentsOfFile: file + ".journal", encoding: .utf8) {
            events += journal.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        }
        var votes: [String: [String]] = [:]
        for event in events where event["type"] as? String == "quadrantVoteCast" {
            guard let ballot = (event["data"] as? [String: Any])?["ballot"] as? [String: Any], let voter = ballot["voter"] as? String else { continue }
            votes[voter, default: []] += (ballot["dots"] as? [String: Int] ?? [:]).filter { $0.value > 0 }.keys.sorted()
        }
        return votes
    }

    /// Five phones vote while the disk is full: none is told "Ontvangen", each is told its
    /// vote is not saved yet; the laptop says what to do and its quit question does not quit
    /// on Enter. Once space is freed the held votes reach the disk without a key, every
    /// phone's page says "Ontvangen", and a kill -9 loses none of them.
    @Test func noPhoneIsThankedForAVoteTheDiskDidNotTake() throws {
        guard let disk = try tinyDisk(kilobytes: 512) else {
            print("FaultEndToEndTests: no tmpfs could be mounted here; the full-disk room run was left out")
            return
        }
        defer { _ = try? run("/bin/umount", ["-l", disk]) }
        let port = RoomEndToEndTests.freePort()
        let file = disk + "/zaal.json"
        let tmux = try TmuxSession(["new", "--scenario", "demo", "-o", file, "--room", "--listen", "127.0.0.1:\(port)"])
        try tmux.waitFor("De zaal stemt mee")
        let match = try #require(try tmux.screen().firstMatch(of: /Zaalcode: (\d{3}) (\d{3})/))
        try tmux.keys("Escape", "5", "n", "Enter")
        try tmux.waitFor("open voor de zaal · 0 van 5 gestemd")
        func phone(_ arguments: String...) throws -> String {
            let result = try run("/usr/bin/env", ["python3", "-c", RoomEndToEndTests.httpPhone, "\(port)"] + arguments)
            return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) + result.stderr
        }
        let cookies = try (1...5).map { try phone("join", String(match.1) + String(match.2), "p\($0)") }
        #expect(cookies.allSatisfy { $0.count == 32 }, "\(cookies)")

        _ = try run("/bin/dd", ["if=/dev/zero", "of=\(disk)/vol", "bs=4k", "count=1000"])  // to the last byte
        // The journal's last page still takes a few lines: the first phone changes its vote
        // until the disk refuses one. Every vote acknowledged until then is on disk.
        var acknowledged: [String] = [], held = ""
        for n in 0..<300 where held.isEmpty {
            let choice = n % 2 == 0 ? "presterend" : "rechtmatig"
            switch try phone("vote", cookies[0], choice) {
            case "303 received": acknowledged.append(choice)
            case "503 not saved": held = choice
            case let other: Issue.record("vote \(n): \(other)"); return
            }
        }
        #expect(!held.isEmpty, "the disk took \(acknowledged.count) votes and never refused one")
        #expect(try votesOnDisk(file) == ["p1": acknowledged])
        let whileFull = try cookies.dropFirst().map { try phone("vote", $0) }
        #expect(whileFull == Array(repeating: "503 not saved", count: 4), "\(whileFull)")
        try tmux.waitFor("the laptop's warning") { $0.contains("druk S om elders op te slaan") && $0.contains("NIET OPGESLAGEN · S") }
        #expect(try votesOnDisk(file) == ["p1": acknowledged])  // what was not acknowledged is not there either
        try tmux.keys("q")
        try tmux.waitFor("Enter of S = elders opslaan · ! = toch stoppen · Esc = terug")
        try tmux.keys("Enter")  // the safe way out, not the end of the workshop
        try tmux.waitFor("Elders opslaan")
        try tmux.keys("Escape")

        try FileManager.default.removeItem(atPath: disk + "/vol")
        try tmux.waitFor("● Weer opgeslagen", timeout: 15)
        let afterwards = try cookies.map { try phone("page", $0) }
        #expect(afterwards == Array(repeating: "200 received", count: 5), "\(afterwards)")
        kill(try tmux.programPID(), SIGKILL)
        try tmux.waitForExit()
        var expected = Dictionary(uniqueKeysWithValues: (2...5).map { ("p\($0)", ["netwerkend"]) })
        expected["p1"] = acknowledged + [held]
        #expect(try votesOnDisk(file) == expected)
    }

    @Test func aFullDiskWarnsKeepsEverythingAndSavesElsewhere() throws {
        guard let disk = try tinyDisk() else {
            // Mounting needs root (CI runs as root); FaultTests covers the same logic with a stand-in.
            print("FaultEndToEndTests: no tmpfs could be mounted here; the disk-full run was left out")
            return
        }
        defer { _ = try? run("/bin/umount", [disk]) }
        let tmux = try TmuxSession(["new", "--scenario", "demo", "-o", disk + "/sessie.json"])
        try tmux.waitFor("Laat de feiten spreken")
        // Fill the disk to the last byte.
        _ = try run("/bin/dd", ["if=/dev/zero", "of=\(disk)/vol", "bs=1k", "count=200"])
        try tmux.keys("3", "Tab", "Enter")
        try tmux.type("Wat de zaal zei mag niet verloren gaan.")
        try tmux.keys("Escape")
        try tmux.waitFor("the warning after typing") {
            $0.contains("Opslaan lukt niet. Alles blijft in het geheugen; druk S om elders op te slaan. Oorzaak: de schijf is vol.")
                && $0.contains("NIET OPGESLAGEN") && !$0.contains("klaar met typen")
        }
        try tmux.keys("S")
        try tmux.waitFor("Elders opslaan")
        try tmux.keys("Enter")
        try tmux.waitFor("Alles is opgeslagen in")
        #expect(try tmux.screen().contains("● opgeslagen"))
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)
        let copies = try FileManager.default.contentsOfDirectory(atPath: tmux.home).filter { $0.hasPrefix("routekaart-noodkopie-") && $0.hasSuffix(".json") }
        let copy = try #require(copies.first)
        let check = try run(routekaartBinary, ["export", tmux.home + "/" + copy, "--format", "md"])
        #expect(check.stdout.contains("Wat de zaal zei mag niet verloren gaan."), "\(check.stdout)")
    }
}
