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

    /// The demo with a quadrant round open to the room and five phones (HTTP on loopback)
    /// that joined, each speaking for one participant.
    struct RoomWithPhones {
        let tmux: TmuxSession
        let port: Int
        var cookies: [String] = []

        init(file: String) throws {
            port = RoomEndToEndTests.freePort()
            tmux = try TmuxSession(["new", "--scenario", "demo", "-o", file, "--room", "--listen", "127.0.0.1:\(port)"])
            try tmux.waitFor("De zaal stemt mee")
            let match = try #require(try tmux.screen().firstMatch(of: /Zaalcode: (\d{3}) (\d{3})/))
            try tmux.keys("Escape", "5", "n", "Enter")
            try tmux.waitFor("open voor de zaal · 0 van 5 gestemd")
            let code = String(match.1) + String(match.2)
            cookies = try (1...5).map { try phone("join", code, "p\($0)") }
            #expect(cookies.allSatisfy { $0.count == 32 }, "\(cookies)")
        }

        /// `RoomEndToEndTests.httpPhone` with these arguments: what it printed.
        func phone(_ arguments: String...) throws -> String {
            let result = try run("/usr/bin/env", ["python3", "-c", RoomEndToEndTests.httpPhone, "\(port)"] + arguments)
            return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) + result.stderr
        }

        /// Once the disk fails: the first phone changes its vote until one is refused (a
        /// journal's last page may still take a few lines), then the other four vote. Returns
        /// the first phone's votes acknowledged and the one held. No phone is told "Ontvangen"
        /// after the first refusal, and the laptop says what to do.
        func voteWhileTheDiskFails() throws -> (acknowledged: [String], held: String) {
            var acknowledged: [String] = [], held = ""
            for n in 0..<300 where held.isEmpty {
                let choice = n % 2 == 0 ? "presterend" : "rechtmatig"
                switch try phone("vote", cookies[0], choice) {
                case "303 received": acknowledged.append(choice)
                case "503 not saved": held = choice
                case let other: throw TmuxError(message: "vote \(n): \(other)")
                }
            }
            #expect(!held.isEmpty, "the disk took \(acknowledged.count) votes and never refused one")
            let others = try cookies.dropFirst().map { try phone("vote", $0) }
            #expect(others == Array(repeating: "503 not saved", count: 4), "\(others)")
            try tmux.waitFor("the laptop's warning") { $0.contains("druk S om elders op te slaan") && $0.contains("NIET OPGESLAGEN · S") }
            return (acknowledged, held)
        }

        /// What every phone's page says now.
        func pages() throws -> [String] { try cookies.map { try phone("page", $0) } }

        /// The votes a file must hold once everything is saved.
        static func all(_ first: (acknowledged: [String], held: String)) -> [String: [String]] {
            var expected = Dictionary(uniqueKeysWithValues: (2...5).map { ("p\($0)", ["netwerkend"]) })
            expected["p1"] = first.acknowledged + [first.held]
            return expected
        }
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
        let file = disk + "/zaal.json"
        let room = try RoomWithPhones(file: file)
        _ = try run("/bin/dd", ["if=/dev/zero", "of=\(disk)/vol", "bs=4k", "count=1000"])  // to the last byte
        let first = try room.voteWhileTheDiskFails()
        #expect(try votesOnDisk(file) == ["p1": first.acknowledged])  // every vote acknowledged, and no other
        try room.tmux.keys("q")
        try room.tmux.waitFor("Enter of S = elders opslaan · ! = toch stoppen · Esc = terug")
        try room.tmux.keys("Enter")  // the safe way out, not the end of the workshop
        try room.tmux.waitFor("Elders opslaan")
        try room.tmux.keys("Escape")

        try FileManager.default.removeItem(atPath: disk + "/vol")
        try room.tmux.waitFor("● Weer opgeslagen", timeout: 15)
        #expect(try room.pages() == Array(repeating: "200 received", count: 5))
        kill(try room.tmux.programPID(), SIGKILL)
        try room.tmux.waitForExit()
        #expect(try votesOnDisk(file) == RoomWithPhones.all(first))
    }

    /// The same when the disk gives I/O errors: an ext4 on a loop device whose end is cut
    /// off (`losetup -c`) under the session. No phone is told "Ontvangen" for a vote the disk
    /// did not take; `S` saves everything elsewhere, the pages then say "Ontvangen", and the
    /// copy holds every vote after kill -9.
    @Test func noPhoneIsThankedForAVoteADiskErrorLost() throws {
        let folder = try makeTemporaryFolder()
        let image = folder + "/schijf.img", mountPoint = folder + "/schijf"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        _ = try run("/usr/bin/truncate", ["-s", "16M", image])
        let device = try run("/sbin/losetup", ["-f", "--show", image]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        guard device.hasPrefix("/dev/loop"), try run("/sbin/mkfs.ext4", ["-q", "-F", device]).status == 0,
              try run("/bin/mount", [device, mountPoint]).status == 0 else {
            if device.hasPrefix("/dev/loop") { _ = try? run("/sbin/losetup", ["-d", device]) }
            print("FaultEndToEndTests: no loop device could be mounted here (it needs root); the disk-error room run was left out")
            return
        }
        defer {
            _ = try? run("/bin/umount", ["-l", mountPoint])
            _ = try? run("/sbin/losetup", ["-d", device])
        }
        // The first 10 MB are taken, so that the session's blocks lie beyond what the cut leaves.
        _ = try run("/bin/dd", ["if=/dev/zero", "of=\(mountPoint)/vol", "bs=1M", "count=10", "conv=fdatasync"])
        let file = mountPoint + "/zaal.json"
        let room = try RoomWithPhones(file: file)
        _ = try run("/usr/bin/truncate", ["-s", "4M", image])
        _ = try run("/sbin/losetup", ["-c", device])
        let first = try room.voteWhileTheDiskFails()
        try room.tmux.keys("S")
        try room.tmux.waitFor("Elders opslaan")
        try room.tmux.keys("Enter")
        try room.tmux.waitFor("Alles is opgeslagen in")
        #expect(try room.pages() == Array(repeating: "200 received", count: 5))
        kill(try room.tmux.programPID(), SIGKILL)
        try room.tmux.waitForExit()
        let copies = try FileManager.default.contentsOfDirectory(atPath: room.tmux.home).filter { $0.hasPrefix("routekaart-noodkopie-") && $0.hasSuffix(".json") }
        let copy = try #require(copies.first)
        #expect(try votesOnDisk(room.tmux.home + "/" + copy) == RoomWithPhones.all(first))
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
