import Foundation
import RoutekaartCore
import Testing

/// `routekaart sessions` and `open --last`: finding a saved session again.
@Suite struct SessionsCommandTests {
    /// A home with a sessions folder holding `Oud` (changed on 1 March), `Nieuw` (changed
    /// on 2 March) and a damaged file.
    func homeWithSessions() throws -> (home: String, folder: String) {
        let home = try makeTemporaryFolder()
        let folder = home + "/data/routekaart/sessions"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let march1 = Timestamp(iso8601: "2026-03-01T09:00:00Z")!, march2 = Timestamp(iso8601: "2026-03-02T09:00:00Z")!
        // The newer session was made first: the order is by last change, not by creation or name.
        let newer = try LiveSession.create(at: folder + "/a-nieuw.json", commands: [
            .startSession(SessionDetails(title: "Nieuw", region: "Regio Zwolle", date: "2026-02-20"), scenario: nil),
            .addParticipant(ParticipantFields(name: "Zoë")), .addParticipant(ParticipantFields(name: "Noël")),
        ], now: Timestamp(iso8601: "2026-02-20T09:00:00Z")!)
        try newer.execute(.editNotes(wegwijzer: 1, text: "later"), at: march2)
        newer.close(now: march2)
        try LiveSession.create(at: folder + "/b-oud.json", commands: [
            .startSession(SessionDetails(title: "Oud", region: "Twente", date: "2026-03-01"), scenario: nil),
        ], now: march1).close(now: march1)
        try Data("{\"format\": \"iets anders\"}".utf8).write(to: URL(fileURLWithPath: folder + "/c-kapot.json"))
        return (home, folder)
    }

    @Test func theListIsNewestFirstAndNamesDamagedFiles() throws {
        let (home, folder) = try homeWithSessions()
        let result = try run(routekaartBinary, ["sessions"], environment: ["HOME": home, "XDG_DATA_HOME": home + "/data", "TZ": "UTC"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(result.stdout)")
        #expect(lines[0].hasPrefix("laatste wijziging  titel"))
        #expect(lines[1].hasPrefix("2026-03-02 09:00   Nieuw  Regio Zwolle  2026-02-20  2 deelnemers  \(folder)/a-nieuw.json"), "\(lines[1])")
        #expect(lines[2].hasPrefix("2026-03-01 09:00   Oud    Twente        2026-03-01  0 deelnemers  \(folder)/b-oud.json"), "\(lines[2])")
        #expect(lines[3].contains("\(folder)/c-kapot.json  (onbruikbaar: geen routekaart-sessie"), "\(lines[3])")
    }

    @Test func jsonForScripts() throws {
        let (home, folder) = try homeWithSessions()
        let result = try run(routekaartBinary, ["sessions", "--json"], environment: ["HOME": home, "XDG_DATA_HOME": home + "/data"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(list.map { $0["path"] as? String } == ["a-nieuw", "b-oud", "c-kapot"].map { "\(folder)/\($0).json" })
        #expect(list[0]["title"] as? String == "Nieuw")
        #expect(list[0]["participants"] as? Int == 2)
        #expect(list[0]["lastChange"] as? String == "2026-03-02T09:00:00.000Z")
        #expect(list[0]["problem"] == nil)
        #expect((list[2]["problem"] as? String)?.hasPrefix("geen routekaart-sessie") == true)
    }

    @Test func anEmptyFolderSaysSo() throws {
        let home = try makeTemporaryFolder()
        let result = try run(routekaartBinary, ["sessions", "--lang", "en"], environment: ["HOME": home, "XDG_DATA_HOME": home + "/data"])
        #expect(result.status == 0)
        #expect(result.stdout == "no sessions yet in \(home)/data/routekaart/sessions\n")
    }

    @Test func openLastOpensTheSessionChangedLast() throws {
        let (home, _) = try homeWithSessions()
        let tmux = try TmuxSession(["open", "--last"], home: home)
        try tmux.waitFor("Nieuw")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)
    }

    @Test func openWithoutAFileListsTheSessionsAndTypingFindsOne() throws {
        let (home, folder) = try homeWithSessions()
        let tmux = try TmuxSession(["open"], home: home)
        try tmux.waitFor("sessie openen")
        let list = try tmux.screen()
        #expect(list.contains("▸ 2026-03-02"), "\(list)")
        #expect(list.contains("Nieuw") && list.contains("Oud") && list.contains("c-kapot.json  (onbruikbaar:"))
        // An unusable file says why, and the list stays.
        try tmux.keys("End", "Enter")
        try tmux.waitFor("Dit bestand kan niet worden geopend")
        try tmux.keys("t", "w", "e")
        try tmux.waitFor("1 van 3")
        #expect(!(try tmux.screen()).contains("Nieuw"))
        try tmux.keys("Enter")
        try tmux.waitFor("routekaart │ Oud")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)
        #expect(try tmux.screen().contains("Sessie opgeslagen in \(folder)/b-oud.json"))
    }

    @Test func arrowsChooseInThePicker() throws {
        let (home, _) = try homeWithSessions()
        let tmux = try TmuxSession(["open", "--lang", "en"], width: 80, height: 24, home: home)
        try tmux.waitFor("open a session")
        try tmux.keys("Down", "Down", "Up", "Enter")
        try tmux.waitFor("routekaart │ Oud")
        try tmux.keys("q", "Enter")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)
    }

    @Test func escapeLeavesThePickerWithStatusZeroAndChangesNothing() throws {
        let (home, folder) = try homeWithSessions()
        let before = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let bytes = try before.map { try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0)) }
        let tmux = try TmuxSession(["open"], home: home)
        try tmux.waitFor("sessie openen")
        try tmux.keys("Escape")
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == before)
        #expect(try before.map { try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0)) } == bytes)
    }

    @Test func openWithoutSessionsSaysWhereItLooked() throws {
        let home = try makeTemporaryFolder()
        let tmux = try TmuxSession(["open"], home: home)
        try tmux.waitForExit()
        #expect(try tmux.exitStatus() == 1)
        #expect(try tmux.screen().contains("routekaart: nog geen sessies in \(home)/data/routekaart/sessions"))
    }

    @Test func openWithAFileAndLastIsAUsageError() throws {
        let result = try run(routekaartBinary, ["open", "x.json", "--last"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("geef een sessiebestand of --last, niet allebei"))
    }
}
